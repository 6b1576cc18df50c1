"use client";

import { ErrorNotice } from "@/components/shared/ErrorNotice";

// Error boundaries must be client components; this one only adds a retry button.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <ErrorNotice digest={error.digest} />
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 font-semibold text-white">
        Coba lagi
      </button>
    </div>
  );
}
