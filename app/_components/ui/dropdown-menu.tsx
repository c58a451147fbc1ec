"use client";

import Link from "next/link";
import { createContext, useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/app/_lib/cn";

const CloseContext = createContext<() => void>(() => {});

const itemClass =
  "flex w-full items-center gap-2 rounded-md px-2.5 py-2 text-left text-sm text-zinc-700 outline-none " +
  "hover:bg-zinc-100 hover:text-zinc-900 focus-visible:bg-zinc-100 focus-visible:text-zinc-900 focus:bg-zinc-100";

/**
 * A menu button (WAI-ARIA pattern): Enter, Space or ArrowDown opens it on the first item, arrows move,
 * Escape closes and returns focus to the button, a click outside or Tab closes it.
 */
export function DropdownMenu({
  trigger,
  triggerLabel,
  triggerClassName,
  align = "start",
  menuClassName,
  children,
}: {
  trigger: ReactNode;
  /** Accessible name of the button when its content is not text (an avatar). */
  triggerLabel?: string;
  triggerClassName?: string;
  align?: "start" | "end";
  menuClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusFirst = useRef<"first" | "last">("first");

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    const current = list.find((el) => el.getAttribute("aria-current") === "true");
    (current ?? (focusFirst.current === "last" ? list.at(-1) : list[0]))?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = (refocus = false) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onTriggerKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      focusFirst.current = e.key === "ArrowUp" ? "last" : "first";
      setOpen(true);
    }
  };

  const onMenuKeyDown = (e: KeyboardEvent) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (e.key === "ArrowDown") move(index + 1);
    else if (e.key === "ArrowUp") move(index - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(list.length - 1);
    else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Tab") setOpen(false);
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={triggerLabel}
        onClick={() => {
          focusFirst.current = "first";
          setOpen((v) => !v);
        }}
        onKeyDown={onTriggerKeyDown}
        className={cn(
          "inline-flex items-center gap-2 rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
          triggerClassName,
        )}
      >
        {trigger}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKeyDown}
          className={cn(
            "absolute z-40 mt-2 min-w-56 rounded-lg bg-white p-1 shadow-lg ring-1 ring-zinc-950/10",
            "origin-top transition duration-100 starting:scale-95 starting:opacity-0",
            align === "end" ? "right-0" : "left-0",
            menuClassName,
          )}
        >
          <CloseContext value={() => close(false)}>{children}</CloseContext>
        </div>
      ) : null}
    </div>
  );
}

export function DropdownItem({
  href,
  onSelect,
  current,
  children,
  className,
}: {
  href?: string;
  onSelect?: () => void;
  current?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const close = useContext(CloseContext);
  const props = {
    role: "menuitem",
    tabIndex: -1,
    "aria-current": current ? ("true" as const) : undefined,
    className: cn(itemClass, current && "font-medium text-zinc-900", className),
  };
  if (href) {
    return (
      <Link href={href} {...props} onClick={close}>
        {children}
      </Link>
    );
  }
  return (
    <button
      type="button"
      {...props}
      onClick={() => {
        close();
        onSelect?.();
      }}
    >
      {children}
    </button>
  );
}

export function DropdownLabel({ children }: { children: ReactNode }) {
  return <div className="px-2.5 pt-2 pb-1.5 text-xs font-medium text-zinc-500">{children}</div>;
}

export function DropdownSeparator() {
  return <div role="separator" className="-mx-1 my-1 h-px bg-zinc-100" />;
}
