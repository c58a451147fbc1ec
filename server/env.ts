import { z } from "zod";

/**
 * The one place that reads process.env. Validated once, so that a bad value fails at start-up with a
 * message that names the variable instead of surfacing later as the string "undefined".
 * Every variable here is documented in README.md and .env.example.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgres:// URL"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Switchboard <no-reply@switchboard.local>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "off" keeps this instance from delivering outbox events (for a web-only instance). */
  OUTBOX_WORKER: z.enum(["on", "off"]).default("on"),
  /** "off" keeps this instance from running scheduled jobs (pg-boss); OUTBOX_WORKER=off turns them off too. */
  JOBS: z.enum(["on", "off"]).default("on"),
  /** Uploaded files on local disk (when S3_BUCKET is unset). Relative to the working directory. */
  FILE_STORAGE_DIR: z.string().min(1).optional(),
  /** S3-compatible file storage: set S3_BUCKET to use it instead of the local disk. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ENDPOINT: z.string().url("S3_ENDPOINT must be a URL, e.g. http://minio:9000").optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1"),
  /** Twilio: with both set, numbers and calls go through Twilio; without the SID, through the carrier emulator. */
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, "TWILIO_ACCOUNT_SID must look like AC followed by 32 hex digits").optional(),
  /** Signs and validates every telephony webhook, in both modes (npm start generates one under .data/). */
  TWILIO_AUTH_TOKEN: z.string().min(16, "TWILIO_AUTH_TOKEN must be at least 16 characters").optional(),
  /** Twilio API key for the desk's Voice SDK access tokens (the operator's browser phone); optional. */
  TWILIO_API_KEY_SID: z.string().min(1).optional(),
  TWILIO_API_KEY_SECRET: z.string().min(1).optional(),
  /** Where the carrier emulator listens when Twilio is not configured. */
  CARRIER_EMULATOR_URL: z.string().url("CARRIER_EMULATOR_URL must be a URL, e.g. http://127.0.0.1:3010").default("http://127.0.0.1:3010"),
  /** Stripe platform secret key (sk_live_…/sk_test_…). Unset: the local fake Stripe at FAKE_STRIPE_URL is used. */
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\w+$/, "STRIPE_SECRET_KEY must look like sk_test_… or sk_live_…").optional(),
  /** Verifies POST /api/stripe/webhook (whsec_…; npm start generates one for the fake Stripe). */
  STRIPE_WEBHOOK_SECRET: z.string().min(16, "STRIPE_WEBHOOK_SECRET must be at least 16 characters").optional(),
  /** Where the local fake Stripe listens when STRIPE_SECRET_KEY is unset. */
  FAKE_STRIPE_URL: z.string().url("FAKE_STRIPE_URL must be a URL, e.g. http://127.0.0.1:3012").default("http://127.0.0.1:3012"),
  /** "1" serves the benchmark's baseline routes (/api/bench/*); otherwise they answer 404. */
  BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof schema> & { PUBLIC_URL: string };

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return { ...e, PUBLIC_URL: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "") };
}

let cached: Env | undefined;

/** The validated environment. Read lazily so that tests can point DATABASE_URL at their own database first. */
export function env(): Env {
  cached ??= load();
  return cached;
}
