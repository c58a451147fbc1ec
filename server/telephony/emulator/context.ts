import type { EmulatedCall } from "./call-state";
import type { NumberStore } from "./number-store";
import type { QueueRegistry } from "./queues";
import type { RecordingStore } from "./recordings";

/** Everything a running call needs from its emulator. */
export type EmulatorContext = {
  accountSid: string;
  authToken: string;
  timeScale: number;
  /** Simulated seconds one <Play> lasts (the emulator does not fetch audio). */
  playSeconds: number;
  /** The emulator's own base URL (RecordingUrl points here). */
  baseUrl: () => string;
  log: (line: string) => void;
  numbers: NumberStore;
  queues: QueueRegistry;
  recordings: RecordingStore;
  calls: Map<string, EmulatedCall>;
};
