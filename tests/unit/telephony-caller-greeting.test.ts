import { describe, expect, it } from "vitest";
import { callerGreeting } from "@/server/telephony/flow/caller-greeting";

describe("the greeting a caller hears before the queue", () => {
  it("stops before the operator's name placeholder, keeping whole sentences", () => {
    expect(callerGreeting("Thank you for calling Bluebird Plumbing emergency line. My name is …, how can I help you?")).toBe("Thank you for calling Bluebird Plumbing emergency line.");
    expect(callerGreeting("Клиника «Аврора Дентал», здравствуйте! Меня зовут …, чем могу помочь?")).toBe("Клиника «Аврора Дентал», здравствуйте!");
    expect(callerGreeting("Hello! This is Acme. I am ... at your service.")).toBe("Hello! This is Acme.");
  });

  it("keeps a greeting written for callers as it is", () => {
    expect(callerGreeting("  Welcome to Acme support.  ")).toBe("Welcome to Acme support.");
  });

  it("gives nothing when the placeholder comes first or there is no greeting, so the default welcome plays", () => {
    expect(callerGreeting("My name is …, how can I help?")).toBeNull();
    expect(callerGreeting("")).toBeNull();
    expect(callerGreeting(undefined)).toBeNull();
  });
});
