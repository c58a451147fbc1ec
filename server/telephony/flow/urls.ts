/**
 * The URLs our TwiML sends the carrier to next, built from one base (PUBLIC_URL + /api/telephony/twilio)
 * so the flow stays pure. State the next step needs (the caller's language, the wait limit, the forward
 * number) travels in the query string: the carrier signs the URL it requests, query included, so a
 * caller cannot alter it, and the next webhook needs no extra database read.
 */
export type FlowUrls = ReturnType<typeof flowUrls>;

export function flowUrls(base: string) {
  const url = (name: string, query: Record<string, string | number>) =>
    `${base}/${name}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`;
  return {
    menu: (lang: string, attempt: number) => url("menu", { lang, attempt }),
    wait: (lang: string, maxWaitSeconds: number) => url("wait", { lang, max: maxWaitSeconds }),
    queueResult: (lang: string) => url("queue-result", { lang }),
    voicemail: (lang: string) => url("voicemail", { lang }),
    recording: (kind: "voicemail" | "call") => url("recording", { kind }),
    dialResult: (lang: string, to: string) => url("dial-result", { lang, to }),
  };
}
