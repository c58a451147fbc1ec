/**
 * Where to go after signing in. Only a path on this site is accepted, so a crafted link cannot send a
 * person to another origin after they type their password.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/signin") || value.startsWith("/signup")) return fallback;
  return value;
}
