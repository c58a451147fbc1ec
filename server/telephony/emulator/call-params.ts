import type { EmulatedCall } from "./call-state";
import type { EmulatorContext } from "./context";
import { geoOf } from "./inventory";
import { API_VERSION } from "./twilio-json";

/** The parameters Twilio sends with every request about a call (twilio.com/docs/voice/twiml#request-parameters). */
export function callParams(ctx: EmulatorContext, call: EmulatedCall): Record<string, string> {
  const { from, to, callerName, forwardedFrom } = call.request;
  const params: Record<string, string> = {
    AccountSid: ctx.accountSid, ApiVersion: API_VERSION, CallSid: call.sid, CallStatus: call.status, Direction: "inbound",
    From: from, To: to, Caller: from, Called: to,
  };
  for (const [side, number] of [["From", from], ["To", to]] as const) {
    const geo = geoOf(number);
    params[`${side}Country`] = geo.country;
    params[`${side}City`] = geo.city;
    params[`${side}State`] = geo.state;
    params[`${side}Zip`] = geo.zip;
  }
  if (callerName) params.CallerName = callerName;
  if (forwardedFrom) params.ForwardedFrom = forwardedFrom;
  return params;
}
