"use client";

import "./globals.css";

// Replaces the root layout when it fails, so no translations are available: a short bilingual note.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center px-6 text-center">
        <main>
          <h1 className="text-2xl font-semibold text-zinc-900">Something went wrong</h1>
          <p className="mt-1 text-zinc-500" lang="ru">Что-то пошло не так</p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            Try again · Повторить
          </button>
        </main>
      </body>
    </html>
  );
}
