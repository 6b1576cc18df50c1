type Props = { message?: string; tone?: "error" | "ok" };

export function FormMessage({ message, tone = "error" }: Props) {
  if (!message) return null;
  const cls = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded border px-4 py-3 text-sm font-medium ${cls}`}>
      {message}
    </p>
  );
}
