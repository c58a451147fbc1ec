/**
 * Walking the terms' script at the desk. Pure. A step without branches continues with the next step in
 * order; a step with one unnamed branch jumps there; a step with named branches waits for the caller's
 * answer. The path walked is kept so the operator can step back exactly the way they came.
 */
export type ScriptStep = { id: string; title: string; say: string; branches: { answer: string; nextStepId: string }[] };

export type StepChoice = { label: string | null; nextStepId: string };

/** The ways on from a step: named answers, or a single "continue"; none at the last step. */
export function choicesOf(steps: readonly ScriptStep[], stepId: string): StepChoice[] {
  const index = steps.findIndex((s) => s.id === stepId);
  if (index < 0) return [];
  const step = steps[index]!;
  const named = step.branches.filter((b) => b.answer.trim() !== "");
  if (named.length > 0) return named.map((b) => ({ label: b.answer.trim(), nextStepId: b.nextStepId }));
  const unnamed = step.branches.find((b) => b.nextStepId);
  if (unnamed) return [{ label: null, nextStepId: unnamed.nextStepId }];
  const next = steps[index + 1];
  return next ? [{ label: null, nextStepId: next.id }] : [];
}

/** The path after taking a choice (only one the current step offers; anything else leaves it as it is). */
export function advance(steps: readonly ScriptStep[], path: readonly string[], nextStepId: string): string[] {
  const current = path.at(-1);
  if (!current || !choicesOf(steps, current).some((c) => c.nextStepId === nextStepId)) return [...path];
  return [...path, nextStepId];
}

export function stepBack(path: readonly string[]): string[] {
  return path.length > 1 ? path.slice(0, -1) : [...path];
}

export function startPath(steps: readonly ScriptStep[]): string[] {
  return steps[0] ? [steps[0].id] : [];
}
