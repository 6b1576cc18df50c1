"use client";

import "./globals.css";
import { ErrorNotice } from "@/components/shared/ErrorNotice";

// Replaces the root layout when that fails, so it brings its own <html> and <body>.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body className="bg-white font-sans text-slate-900 antialiased">
        <main className="mx-auto max-w-xl px-4 py-16">
          <ErrorNotice digest={error.digest} />
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, the app shell is what failed */}
          <a href="/" className="mt-6 inline-block font-semibold text-brand underline">
            Kembali ke beranda
          </a>
        </main>
      </body>
    </html>
  );
}
