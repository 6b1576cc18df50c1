"use client";

import Link from "next/link";
import { ErrorNotice } from "@/components/shared/ErrorNotice";

// When the reader layout itself fails (its kanal bar needs the database), app/(site)/error.tsx
// cannot help: this page stands alone, without anything that reads the database.
export default function RootError({ error }: { error: Error & { digest?: string } }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <ErrorNotice digest={error.digest} />
      {/* A plain link: a full reload retries the layout too. */}
      <Link href="/" prefetch={false} className="mt-6 inline-block font-semibold text-brand underline">
        Kembali ke beranda
      </Link>
    </main>
  );
}
