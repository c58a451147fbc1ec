import http from "node:http";
import type { AddressInfo } from "node:net";
import type { EmulatedCallRequest } from "./call-state";
import type { EmulatorContext } from "./context";
import { handleControl } from "./control-api";
import { BodyTooLarge, hasBasicAuth, parseForm, readBody, sendJson } from "./http-io";
import { NumberStore, type OwnedNumberRecord } from "./number-store";
import { callView, placeCall } from "./place-call";
import { QueueRegistry } from "./queues";
import { RecordingStore, recordingWav } from "./recordings";
import { routeRest } from "./rest-routes";
import { EMULATOR_ACCOUNT_SID } from "./sids";
import { startTraffic, stopTraffic, trafficView, type TrafficRequest, type TrafficRun } from "./traffic";
import { twilioError } from "./twilio-json";

/**
 * The carrier emulator: a standalone node:http server (no Next) speaking the subset of Twilio's REST API
 * that Switchboard uses, placing inbound calls to the app's webhooks signed as Twilio signs them, and acting
 * out the TwiML the app answers. `timeScale` stretches call time: 1 is real time, 0.01 runs 100× faster.
 */
export type CarrierEmulatorOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  authToken: string;
  accountSid?: string;
  timeScale?: number;
  /** Simulated seconds one <Play> lasts (default 10). */
  playSeconds?: number;
  /** The base URL the emulator is reached at, if not http://host:port (RecordingUrl uses it). */
  publicUrl?: string;
  log?: (line: string) => void;
};

export type CarrierEmulator = {
  url: string;
  accountSid: string;
  authToken: string;
  timeScale: number;
  placeCall(request: EmulatedCallRequest): { callSid: string };
  call(sid: string): ReturnType<typeof callView> | null;
  numbers(): OwnedNumberRecord[];
  startTraffic(request: TrafficRequest): { id: string };
  traffic(id: string): ReturnType<typeof trafficView> | null;
  stop(): Promise<void>;
};

export async function startCarrierEmulator(options: CarrierEmulatorOptions): Promise<CarrierEmulator> {
  const host = options.host ?? "127.0.0.1";
  let baseUrl = "";
  const ctx: EmulatorContext = {
    accountSid: options.accountSid ?? EMULATOR_ACCOUNT_SID, authToken: options.authToken, timeScale: options.timeScale ?? 1,
    playSeconds: options.playSeconds ?? 10, baseUrl: () => baseUrl, log: options.log ?? (() => {}),
    numbers: new NumberStore(), queues: new QueueRegistry(), recordings: new RecordingStore(), calls: new Map(),
  };
  if (!(ctx.timeScale > 0)) throw new Error("timeScale must be a positive number");
  const traffic = new Map<string, TrafficRun>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (error instanceof BodyTooLarge) return sendJson(res, 413, twilioError(413, 20413, "the request body is too large"));
      ctx.log(`emulator error: ${(error as Error)?.stack ?? error}`);
      if (!res.headersSent) sendJson(res, 500, twilioError(500, 20500, "Internal Server Error"));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://emulator");
    const method = req.method ?? "GET";
    if (url.pathname === "/emulator" || url.pathname.startsWith("/emulator/")) {
      const raw = method === "GET" || method === "DELETE" ? "" : await readBody(req, 100_000);
      let body: unknown = {};
      try {
        body = raw.trim() ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, twilioError(400, 20001, "the body is not JSON"));
      }
      const reply = await handleControl(ctx, traffic, method, url.pathname, body);
      return sendJson(res, reply.status, reply.body ?? {});
    }
    // Recordings are public, as Twilio's are unless the account turns on HTTP auth for media.
    const recording = /^\/2010-04-01\/Accounts\/AC\w{32}\/Recordings\/(RE\w{32})(\.wav|\.mp3)?$/.exec(url.pathname);
    if (recording && method === "GET") {
      const found = ctx.recordings.get(recording[1]!);
      if (!found) return sendJson(res, 404, twilioError(404, 20404, `The requested resource ${url.pathname} was not found`));
      const wav = recordingWav(found.seconds);
      res.writeHead(200, { "content-type": "audio/wav", "content-length": wav.length });
      return res.end(wav);
    }
    if (url.pathname.startsWith("/2010-04-01/")) {
      if (!hasBasicAuth(req, ctx.accountSid, ctx.authToken)) {
        res.setHeader("WWW-Authenticate", 'Basic realm="Twilio API"');
        return sendJson(res, 401, twilioError(401, 20003, "Authenticate"));
      }
      const form = method === "POST" ? parseForm(await readBody(req)) : {};
      const reply = routeRest(ctx, method, url, form);
      if (reply.status === 204) {
        res.writeHead(204);
        return res.end();
      }
      return sendJson(res, reply.status, reply.body);
    }
    sendJson(res, 404, twilioError(404, 20404, `The requested resource ${url.pathname} was not found`));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = (options.publicUrl ?? `http://${host.includes(":") ? `[${host}]` : host}:${port}`).replace(/\/$/, "");
  ctx.log(`carrier emulator listening at ${baseUrl} (account ${ctx.accountSid}, timeScale ${ctx.timeScale})`);

  return {
    url: baseUrl, accountSid: ctx.accountSid, authToken: ctx.authToken, timeScale: ctx.timeScale,
    placeCall: (request) => ({ callSid: placeCall(ctx, request).sid }),
    call: (sid) => {
      const call = ctx.calls.get(sid);
      return call ? callView(call) : null;
    },
    numbers: () => ctx.numbers.list(),
    startTraffic: (request) => ({ id: startTraffic(ctx, traffic, request).id }),
    traffic: (id) => {
      const run = traffic.get(id);
      return run ? trafficView(ctx, run) : null;
    },
    stop: async () => {
      for (const run of traffic.values()) stopTraffic(run);
      for (const call of ctx.calls.values()) call.halt();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export { EMULATOR_ACCOUNT_SID } from "./sids";
export type { EmulatedCallRequest } from "./call-state";
export type { TrafficRequest } from "./traffic";
