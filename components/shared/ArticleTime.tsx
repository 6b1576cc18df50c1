import { formatWibShort, toWibIso } from "@/lib/wib";

export function ArticleTime({ date, className = "" }: { date: Date; className?: string }) {
  return (
    <time dateTime={toWibIso(date)} className={`text-xs text-slate-600 ${className}`}>
      {formatWibShort(date)}
    </time>
  );
}
