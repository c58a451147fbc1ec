"use client";

import { useEffect, useRef } from "react";

export type DeskShortcuts = { accept?: () => void; decline?: () => void; hangUp?: () => void; submit?: () => void };

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The desk's keys: A accept, D decline, H hang up (not while typing in a field, where they are letters),
 * Ctrl/⌘+Enter submit (anywhere, also from inside the form). A key whose action is absent does nothing.
 */
export function useDeskShortcuts(actions: DeskShortcuts) {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.altKey) return;
      const a = ref.current;
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        if (a.submit) {
          e.preventDefault();
          a.submit();
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || typing(e.target) || document.querySelector("[role=dialog]")) return;
      const action = { a: a.accept, d: a.decline, h: a.hangUp }[e.key.toLowerCase()];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
