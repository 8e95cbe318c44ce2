// A labelled drop-down over a fixed list of values, each shown by its label.

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  values: readonly V[];
  labels: Readonly<Record<V, string>>;
  title?: string;
  onChange(value: V): void;
}

export function SelectField<V extends string>({ label, value, values, labels, title, onChange }: SelectFieldProps<V>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} title={title} onChange={(event) => onChange(event.target.value as V)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
