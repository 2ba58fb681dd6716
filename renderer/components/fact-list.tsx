export interface Fact {
  readonly term: string;
  readonly value: string;
}

/** Label/value pairs (serial, revision, …) as a description list. */
export function FactList({ facts }: { readonly facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.term} className="fact">
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
