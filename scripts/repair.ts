// `npm run repair`: the events and the venues repair routines (also scheduled in AWS), the
// contests' entry recount and the bureau's city-wide counters against the local stack's store. Safe while `npm start` runs, also during a rush of signups or check-ins.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './local/stack';
import { tableEnvironment } from './local/tables';

async function main() {
  const port = Number(process.env.STORE_PORT ?? 8000);
  Object.assign(process.env, {
    STAGE: 'local',
    DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? `http://127.0.0.1:${port}`,
    AWS_REGION: 'cn-northwest-1',
    JWT_SECRET: readFileSync(path.join(repoRoot, '.data/jwt-secret'), 'utf8').trim(),
    POWERTOOLS_LOG_LEVEL: 'WARN',
    ...tableEnvironment('local'),
  });
  const { repairAll } = await import('../functions/src/events/repair');
  const reports = await repairAll();
  for (const r of reports) {
    const changes = [
      r.opsResolved && `完成/回滚操作 ${r.opsResolved}`,
      r.pendingDropped && `清理未完成报名 ${r.pendingDropped}`,
      r.releasesFinished && `补完取消 ${r.releasesFinished}`,
      r.promoted && `候补转正 ${r.promoted}`,
      r.checkedIn !== null && `签到 ${r.checkedIn} 人`,
    ].filter(Boolean);
    console.log(
      `${r.eventId}  ${r.recounted ? `已核对：余 ${r.seatsLeft} 席，候补余 ${r.waitlistLeft}` : '有进行中的报名，稍后再核对'}` +
        (changes.length ? `；${changes.join('，')}` : ''),
    );
  }
  console.log(`共检查 ${reports.length} 场活动。`);
  const venues = await import('../functions/src/venues/repair');
  const days = await venues.repairAll();
  for (const d of days.filter((r) => r.corrected || r.settled || !r.recounted)) {
    console.log(
      `${d.venueId} ${d.day}  ` +
        (d.recounted
          ? `已核对：打卡 ${d.visits} 人次，首次到访 ${d.firstTimeVisitors} 人` +
            (d.corrected ? `（原为 ${d.corrected.visits} / ${d.corrected.firstTimeVisitors}）` : '')
          : '有进行中的打卡，稍后再核对'),
    );
  }
  console.log(`共核对 ${days.length} 个场馆日。`);
  const city = await venues.repairCityDays(days);
  for (const d of city.filter((r) => r.corrected !== null || !r.recounted)) {
    console.log(
      `全市 ${d.day}  ` +
        (d.recounted ? `已核对：打卡 ${d.visits} 人次（原为 ${d.corrected}）` : '有进行中的打卡，稍后再核对'),
    );
  }
  console.log(`共核对 ${city.length} 个全市打卡日。`);
  const contests = await import('../functions/src/contests/repair');
  const recounts = await contests.recountAll();
  for (const c of recounts.filter((r) => r.corrected !== null)) {
    console.log(`${c.contestId}  已核对：报名 ${c.entryCount} 个项目（原为 ${c.corrected}）`);
  }
  console.log(`共核对 ${recounts.length} 场大赛的报名数。`);
  const stats = await import('../functions/src/stats/repair');
  const pipeline = await stats.recountPipeline();
  console.log(
    pipeline.recounted
      ? `企业信息 ${pipeline.savedProfiles} 家，符合条件：` +
          Object.entries(pipeline.eligibleByPolicy ?? {})
            .map(([id, n]) => `${id} ${n}`)
            .join('，') +
          (pipeline.corrected ? `（原为 ${pipeline.corrected.savedProfiles} 家，已更正）` : '')
      : '有正在保存的企业信息，稍后再核对企业统计',
  );
}

main().catch((error: Error) => {
  console.error(`修复失败：${error.message}（本地环境是否已用 npm start 启动？）`);
  process.exit(1);
});
