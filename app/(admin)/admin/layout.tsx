import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Redaksi", robots: { index: false, follow: false } };

export default async function AdminShell({ children }: { children: ReactNode }) {
  // Every admin page depends on the session and the database: never prerender one.
  await connection();
  return <div className="min-h-screen bg-slate-50">{children}</div>;
}
