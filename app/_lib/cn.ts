import clsx, { type ClassValue } from "clsx";

/** Joins class names; later classes do not override earlier ones, so primitives avoid conflicting defaults. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
