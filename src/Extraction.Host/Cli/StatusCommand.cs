using System.CommandLine;
using System.Text.Json.Nodes;
using Extraction.Intake;
using Extraction.Store;
using Extraction.Worker;

namespace Extraction.Host.Cli;

/// <summary>`extraction status`: what the worker has done and has left — jobs by state, the queue, the last failures
/// with their reasons, and throughput.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "考核流水线目录（默认 pipelines/hubei-2019）" };
        var inbox = new Option<string?>("--inbox") { Description = "收件箱目录（默认 <流水线>/inbox）" };
        var db = StoreLocation.Option();
        var json = new Option<bool>("--json") { Description = "输出 JSON" };
        var command = new Command("status", "查看服务的处理情况：各状态数量、排队数、最近的失败及原因、处理速度") { pipeline, inbox, db, json };
        command.SetAction(result =>
        {
            var inboxPath = result.GetValue(inbox) ?? Path.Combine(result.GetValue(pipeline) ?? RulebookCommand.DefaultPipeline, "inbox");
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            var jobs = store.Jobs;
            var open = jobs.CountByState(open: true);
            var done = jobs.CountByState(open: false);
            var openPaths = jobs.AllOpen().Select(j => j.RelativePath).ToHashSet();
            int waiting = Directory.Exists(inboxPath)
                ? InboxScanner.Scan([inboxPath], null).Count(f => !openPaths.Contains(f.RelativePath)) : 0;
            var lastHour = jobs.FinishedSince(DateTime.UtcNow.AddHours(-1));
            var lastTen = lastHour.Count(j => DateTime.Parse(j.FinishedAt!).ToUniversalTime() >= DateTime.UtcNow.AddMinutes(-10));
            var failures = jobs.RecentFailures(10);
            var assessments = store.Assessments.All();
            var reassessing = jobs.OpenReassessments();
            if (result.GetValue(json))
            {
                var o = new JsonObject
                {
                    ["inbox"] = Path.GetFullPath(inboxPath),
                    ["open"] = Counts(open), ["finished"] = Counts(done),
                    ["queue_depth"] = waiting + openPaths.Count, ["waiting_in_inbox"] = waiting,
                    ["finished_last_10_min"] = lastTen, ["finished_last_hour"] = lastHour.Count,
                    ["files_per_minute"] = Math.Round(lastTen / 10.0, 2),
                    ["last_failures"] = new JsonArray(failures.Select(f => (JsonNode)new JsonObject { ["file"] = f.RelativePath, ["error"] = f.Error, ["at"] = f.FinishedAt ?? f.CreatedAt }).ToArray()),
                    ["assessed_regions"] = new JsonObject(assessments.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value.UpdatedAt))),
                    ["pending_reassessments"] = new JsonArray(reassessing.Select(r => (JsonNode)new JsonObject
                    {
                        ["region"] = r.Region, ["requests"] = r.Requests, ["not_before"] = r.NotBefore, ["running"] = Running(r), ["error"] = r.Error,
                    }).ToArray()),
                };
                Console.WriteLine(o.ToJsonString(Json.Options));
                return 0;
            }
            Console.WriteLine($"收件箱：{Path.GetFullPath(inboxPath)}");
            Console.WriteLine($"排队：{waiting + openPaths.Count} 个（收件箱中未开始 {waiting} 个，处理中 {openPaths.Count} 个{Describe(open)}）");
            Console.WriteLine($"已完成：{done.Values.Sum()} 个{Describe(done)}");
            Console.WriteLine($"处理速度：最近 10 分钟 {lastTen} 个（{lastTen / 10.0:0.0} 个/分钟），最近 1 小时 {lastHour.Count} 个");
            if (assessments.Count > 0)
                Console.WriteLine($"已评分地区：{string.Join("、", assessments.Select(a => $"{a.Key}（{DateTime.Parse(a.Value.UpdatedAt).ToLocalTime():MM-dd HH:mm}）"))}");
            if (reassessing.Count > 0)
                Console.WriteLine($"待重新评分：{reassessing.Count} 个地区（{string.Join("、", reassessing.Select(Pending))}）");
            if (failures.Count > 0)
            {
                Console.WriteLine("最近的失败：");
                foreach (var f in failures) Console.WriteLine($"  ✗ {f.RelativePath}：{f.Error}");
            }
            return 0;
        });
        return command;
    }

    static bool Running(ReassessJob r) => r.LeaseOwner is not null && DateTime.Parse(r.LeaseUntil!).ToUniversalTime() >= DateTime.UtcNow;

    // A region waiting for its files to stop arriving, being assessed, or waiting to retry after an error.
    static string Pending(ReassessJob r)
    {
        if (Running(r)) return $"{r.Region} 评分中";
        var seconds = (DateTime.Parse(r.NotBefore).ToUniversalTime() - DateTime.UtcNow).TotalSeconds;
        var when = seconds > 0 ? $"{Math.Ceiling(seconds):0} 秒后" : "即将开始";
        return r.Error is null ? $"{r.Region} {when}" : $"{r.Region} {when}重试，上次出错：{r.Error}";
    }

    static JsonObject Counts(Dictionary<string, int> counts) =>
        new(Job.States.Select(s => KeyValuePair.Create(s, (JsonNode?)counts.GetValueOrDefault(s))));

    static string Describe(Dictionary<string, int> counts) =>
        counts.Count == 0 ? "" : "：" + string.Join("，", Job.States.Where(counts.ContainsKey).Select(s => $"{Job.StateName(s)} {counts[s]}"));
}
