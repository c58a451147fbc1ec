/**
 * How a client forwards its own line to one of our numbers, per country, as data the UI translates.
 * Russia and most GSM networks take the standard MMI codes (*21*number# and friends); US carriers use
 * *72 + the 10-digit number on most landlines and many mobile plans, or a setting in the carrier's portal.
 */
export type ForwardingCode = {
  /** Key under numbers.forwarding.codes: what the code does. */
  key: "always" | "busy" | "noAnswer" | "unreachable" | "cancel";
  code: string;
};

export type ForwardingInstructions = {
  /** Key under numbers.forwarding.styles: which text explains the codes. */
  style: "gsm" | "us";
  codes: ForwardingCode[];
};

function gsm(target: string): ForwardingInstructions {
  return {
    style: "gsm",
    codes: [
      { key: "always", code: `*21*${target}#` },
      { key: "busy", code: `*67*${target}#` },
      { key: "noAnswer", code: `*61*${target}#` },
      { key: "unreachable", code: `*62*${target}#` },
      { key: "cancel", code: "##21#" },
    ],
  };
}

/** `target` is our number in E.164; `country` is the country of the client's line (ISO alpha-2). */
export function forwardingInstructions(country: string, target: string): ForwardingInstructions {
  if (country.toUpperCase() === "US" || country.toUpperCase() === "CA") {
    // NANP star codes dial the national number without the +1.
    const national = target.startsWith("+1") ? target.slice(2) : target;
    return {
      style: "us",
      codes: [
        { key: "always", code: `*72${national}` },
        { key: "cancel", code: "*73" },
      ],
    };
  }
  return gsm(target);
}
