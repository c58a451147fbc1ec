import twilio from "twilio";

type RequestOptions<T> = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0] & { data?: T };

/**
 * The twilio package's own HTTP client, with every request sent to the carrier emulator instead of
 * api.twilio.com: same paths, same form bodies, same Basic auth. This is the package's documented
 * `httpClient` extension point, so the app runs the real Twilio client code in both modes.
 */
export class EmulatorRequestClient extends twilio.RequestClient {
  private readonly base: string;

  constructor(emulatorUrl: string) {
    super({ timeout: 10_000 });
    this.base = emulatorUrl.replace(/\/$/, "");
  }

  override request<T>(opts: RequestOptions<T>) {
    const original = new URL(opts.uri);
    return super.request({ ...opts, uri: `${this.base}${original.pathname}${original.search}` });
  }
}
