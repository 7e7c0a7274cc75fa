import {startSite} from '/work/main/tests/e2e/harness';
const site = await startSite();
const context = await site.browser.newContext({viewport: {width: 412, height: 823}});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', {interval: 200});
await cdp.send('Profiler.start');
await page.goto(`${site.origin}${process.argv[2]}`);
await page.waitForTimeout(5000);
const {profile} = await cdp.send('Profiler.stop') as any;
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<number, number>();
const dt = profile.timeDeltas; profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
// inclusive time per function name via parent links
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>(); const selfBy = new Map<string, number>();
for (const [id, t] of self) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; selfBy.set(k, (selfBy.get(k) ?? 0) + t);
  const seen = new Set<string>(); let cur: number | undefined = id; while (cur !== undefined) { const m: any = byId.get(cur); const kk = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`; if (!seen.has(kk)) { incl.set(kk, (incl.get(kk) ?? 0) + t); seen.add(kk); } cur = parent.get(cur); } }
const chains = new Map<string, number>();
for (const [id, t] of self) { const n: any = byId.get(id); if (!['appendChild','insertBefore'].includes(n.callFrame.functionName)) continue; let cur = parent.get(id); const parts: string[] = []; for (let d = 0; d < 8 && cur !== undefined; d++) { const m: any = byId.get(cur); parts.push(`${m.callFrame.functionName||'anon'}@${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`); cur = parent.get(cur); } const k = parts.join(' < '); chains.set(k, (chains.get(k) ?? 0) + t); }
for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log((v/1000).toFixed(0), k);
console.log('SELF'); for (const [k, v] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(0).padStart(6), k);
console.log('INCL'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(0).padStart(6), k);
await site.close();
