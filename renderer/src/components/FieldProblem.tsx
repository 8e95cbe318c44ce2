// The message under a form that says what is wrong with its input.

/** What is wrong with a form's input, announced as soon as it shows. */
export function FieldProblem({ problem }: { problem: string | null }) {
  if (problem === null) return null;
  return (
    <p className="field-problem" role="alert">
      {problem}
    </p>
  );
}
