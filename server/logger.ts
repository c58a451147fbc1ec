import pino from "pino";

/** Structured logs (JSON lines) to stdout; LOG_LEVEL sets the level. Read directly: logging must work before env validation. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
  redact: ["password", "*.password", "token", "*.token", "passwordHash", "*.passwordHash"],
});
