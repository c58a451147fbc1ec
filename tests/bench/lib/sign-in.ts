/** `name=value` pairs of the response's Set-Cookie headers, by name. */
function setCookies(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const header of res.headers.getSetCookie()) {
    const pair = header.split(";", 1)[0]!;
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

/**
 * Signs in through next-auth's credentials flow over real HTTP, as a browser does, and returns the
 * `Cookie` header value that carries the session (`next-auth.session-token`, or its `__Secure-` form
 * and `.0`/`.1` chunks when the token is large).
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf returned no csrfToken");
  const csrfCookie = [...setCookies(csrfRes)].map(([k, v]) => `${k}=${v}`).join("; ");

  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await res.arrayBuffer(); // drain, so keep-alive sockets do not linger
  const session = [...setCookies(res)].filter(([name, value]) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name) && value);
  if (session.length === 0) {
    throw new Error(`sign-in of ${email} set no session cookie (status ${res.status}, location ${res.headers.get("location") ?? "-"})`);
  }
  return session.map(([k, v]) => `${k}=${v}`).join("; ");
}
