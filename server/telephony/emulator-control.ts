import type { TestCallRequest } from "./port";

/** An error the emulator's control API answered, shaped like the twilio package's RestException. */
export class CarrierControlError extends Error {
  constructor(readonly status: number, readonly code: number | undefined, message: string) {
    super(message);
    this.name = "CarrierControlError";
  }
}

/** POST /emulator/calls: the emulator places an inbound call to one of our numbers. */
export async function placeEmulatorTestCall(emulatorUrl: string, request: TestCallRequest): Promise<{ callSid: string }> {
  let response: Response;
  try {
    response = await fetch(`${emulatorUrl.replace(/\/$/, "")}/emulator/calls`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new CarrierControlError(503, undefined, `the carrier emulator at ${emulatorUrl} does not answer: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { callSid?: string; code?: number; message?: string };
  if (!response.ok || !body.callSid) throw new CarrierControlError(response.status, body.code, body.message ?? `the emulator answered ${response.status}`);
  return { callSid: body.callSid };
}

/** What GET /emulator/calls/:sid shows (see server/telephony/emulator/place-call.ts callView). */
export type EmulatorCallView = {
  sid: string; from: string; to: string; status: string; ended: boolean; startedAt: string; endedAt: string | null; durationSeconds: number;
  queue: { name: string; sid: string } | null;
  transcript: { at: string; second: number; verb: string; text?: string; params?: Record<string, unknown> }[];
};

/** GET /emulator/calls/:sid: a test call's progress and transcript, or null when the emulator does not know it. */
export async function getEmulatorCall(emulatorUrl: string, callSid: string): Promise<EmulatorCallView | null> {
  const response = await fetch(`${emulatorUrl.replace(/\/$/, "")}/emulator/calls/${encodeURIComponent(callSid)}`, { signal: AbortSignal.timeout(10_000) });
  if (response.status === 404) return null;
  if (!response.ok) throw new CarrierControlError(response.status, undefined, `the emulator answered ${response.status}`);
  return (await response.json()) as EmulatorCallView;
}
