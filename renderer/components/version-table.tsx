import type { VersionRow } from '../text/device-words';

interface Props {
  readonly caption: string;
  readonly rows: readonly VersionRow[];
}

/** Installed and available versions per part of the device. */
export function VersionTable({ caption, rows }: Props) {
  return (
    <table className="versions">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Installed</th>
          <th scope="col">Available</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.part}>
            <th scope="row">{row.part}</th>
            <td>{row.installed}</td>
            <td>{row.available}</td>
            <td>{row.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
