/** A country's name in the reader's language ("KZ" -> "Kazakhstan" / "Казахстан"), or the code when unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
