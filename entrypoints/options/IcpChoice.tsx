import type { ActiveIcp, IcpSource } from '@/lib/storage/active-icp';

const SELECT =
  'rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-gray-600 dark:bg-gray-800';

/** Option values carry their source: a personal copy of the team bundle has the same ICP ids. */
const valueOf = (source: IcpSource, id: string) => `${source}:${id}`;

/**
 * "Score pages with": the team's ICPs (read-only, kept up to date by team sync) and the rep's
 * own, in two groups. Under a policy lock only the team's can be chosen.
 */
export function IcpChoice(props: {
  active: ActiveIcp;
  locked: boolean;
  onChoose(source: IcpSource, icpId: string): void;
}) {
  const { active, locked } = props;
  const { team, personal } = active;
  return (
    <>
      <label className="block text-sm font-medium" htmlFor="icp-select">
        Score pages with
      </label>
      <select
        id="icp-select"
        className={SELECT}
        value={valueOf(active.source, active.icp.id)}
        onChange={(e) => {
          const at = e.target.value.indexOf(':');
          props.onChoose(e.target.value.slice(0, at) as IcpSource, e.target.value.slice(at + 1));
        }}
      >
        {team ? (
          <>
            <optgroup label={`Team: ${team.name} (version ${team.version})`}>
              {team.icps.map((icp) => (
                <option key={icp.id} value={valueOf('team', icp.id)}>
                  {icp.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={`Yours: ${personal.name}`}>
              {personal.icps.map((icp) => (
                <option key={icp.id} value={valueOf('personal', icp.id)} disabled={locked}>
                  {icp.name}
                </option>
              ))}
            </optgroup>
          </>
        ) : (
          personal.icps.map((icp) => (
            <option key={icp.id} value={valueOf('personal', icp.id)}>
              {icp.name}
            </option>
          ))
        )}
      </select>
    </>
  );
}
