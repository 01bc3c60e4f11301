using Extraction.Chinese;
using Extraction.Matching;
using Extraction.Rulebooks;
using Extraction.Understand.Profiles;

namespace Extraction.Tasks;

/// <summary>Tracks a plan's tasks against the stored evidence of its region with the clauses' own matcher: each expected
/// output is read as a requirement (kind + subject, <see cref="RequirementReader"/>) and decided by <see cref="ProfileMatcher"/>
/// on the documents whose issuer is one of the task's units or the region's 双打办; the dates of what met each output,
/// against the deadline and the as-of date, give the status.</summary>
public sealed class TaskTracker
{
    const string CoordinatingOffice = "市打假办";
    readonly TaskBook book;
    readonly SubjectWeights weights;
    readonly ProfileMatcher matcher;
    readonly DocumentProfiler profiler;

    /// <param name="rulebook">The pipeline's rulebook, when there is one: its clauses join the tasks' outputs in weighing
    /// how telling each word is.</param>
    public TaskTracker(TaskBook book, ChineseAnalyzer analyzer, Rulebook? rulebook = null, MatchingOptions? options = null, OutletLevels? outlets = null, DomainSynonyms? synonyms = null)
    {
        options ??= new MatchingOptions();
        this.book = book;
        weights = new SubjectWeights(analyzer, synonyms ?? DomainSynonyms.Load(), WithOutputs(rulebook, book));
        matcher = new ProfileMatcher(weights, options);
        profiler = new DocumentProfiler(outlets ?? OutletLevels.None, options.OpeningCharacters, options.RosterRows);
    }

    public List<TaskProgress> Track(IReadOnlyList<RegionDocument> documents, DateOnly asOf)
    {
        var from = book.Year is { } y ? new DateOnly(y, 1, 1) : (DateOnly?)null;
        // Misfiled documents and copies never count; the year is judged against the plan's own period, not the assessment's.
        var usable = documents.Where(d => !d.Facts.Flags.Any(f => f == "misfiled" || f.StartsWith("duplicate_of", StringComparison.Ordinal)))
            .Select(d => d with { Profile = SubmittedDocuments.WithSubmitted(d.Profile ?? profiler.Profile(d.Facts, d.Text)) })
            .Where(d => Dated(d) is not { } date || ((from is null || date >= from) && date <= asOf)).ToList();
        return book.Tasks.Select(t => Track(t, usable, asOf)).ToList();
    }

    TaskProgress Track(WorkTask task, List<RegionDocument> documents, DateOnly asOf)
    {
        var own = documents.Where(d => IssuedByUnit(d, task)).ToList();
        var outputs = task.Outputs.Count > 0 ? task.Outputs : [task.Text];
        var evidence = new List<TaskEvidence>();
        var missing = new List<string>();
        var shownBy = new Dictionary<string, DateOnly?>();
        foreach (var output in outputs)
        {
            var found = Decide(task, output, own);
            if (found.Count == 0) { missing.Add(output); continue; }
            evidence.AddRange(found);
            // The earliest document showing an output dates it; one with no date is taken as in time.
            shownBy[output] = found.Any(e => e.Date is null) ? null : found.Min(e => e.Date);
        }
        var deadline = task.Deadline;
        if (deadline.Ongoing)
            return new TaskProgress(task, TaskStatus.Continuing, evidence, missing, evidence.Count > 0,
                evidence.Count > 0 ? $"长期任务，期内有 {evidence.Select(e => e.File).Distinct().Count()} 份材料" : "长期任务，期内未见材料");
        bool due = deadline.Date is { } d ? asOf > d : deadline.Kind == DeadlineKind.Done;
        if (missing.Count == 0)
        {
            var late = shownBy.Where(s => s.Value is { } at && deadline.Date is { } limit && at > limit).Select(s => s.Key).ToList();
            return late.Count > 0
                ? new TaskProgress(task, TaskStatus.Late, evidence, missing, null, $"“{string.Join("、", late)}”的材料晚于完成时限 {deadline.Date:yyyy-MM-dd}")
                : new TaskProgress(task, TaskStatus.Done, evidence, missing, null, "每项预期成果均有按时的材料");
        }
        if (evidence.Count > 0) return new TaskProgress(task, TaskStatus.Partial, evidence, missing, null, $"缺少：{string.Join("；", missing)}");
        return due
            ? new TaskProgress(task, TaskStatus.Overdue, evidence, missing, null, $"已过完成时限{(deadline.Date is { } at ? $" {at:yyyy-MM-dd}" : "")}，未见材料")
            : new TaskProgress(task, TaskStatus.Open, evidence, missing, null, deadline.Date is { } at2 ? $"未到完成时限 {at2:yyyy-MM-dd}" : "未定完成时限，暂未见材料");
    }

    List<TaskEvidence> Decide(WorkTask task, string output, List<RegionDocument> documents)
    {
        var materials = MaterialLexicon.Find(output);
        var subject = Subject(task, output, materials);
        var found = new List<TaskEvidence>();
        foreach (var requirement in RequirementReader.Read(output, materials, subject))
        {
            // An output naming its year (2020年…工作方案) is shown only by a document of that year.
            var years = TaskSubjects.Years(output);
            var ofYear = years.Count == 0 ? documents : documents.Where(d => Dated(d) is not { } at || years.Contains(at.Year)).ToList();
            // A training's summary is the record of that training, not the summary of the work a task asks for.
            if (!requirement.Subject.Contains("培训") && requirement.Materials.Contains("总结"))
                ofYear = ofYear.Where(d => !d.Profile!.Title.Contains("培训")).ToList();
            var outcome = matcher.Decide(requirement, ofYear);
            if (!outcome.Met) return [];
            found.AddRange(outcome.Matches.Select(m => new TaskEvidence(m.Document.File, m.Document.Sha256, Page(m), output, Dated(m.Document), m.Why)));
        }
        return found.DistinctBy(e => (e.Sha256, e.Output)).ToList();
    }

    // An output that names only its material (培训通知) is about the task's topic. The plan's own field (打击侵权假冒) tells
    // none of its tasks apart: an output about just that ("打击侵权假冒工作信息") is met by any document of its kind.
    string Subject(WorkTask task, string output, IReadOnlyList<string> materials)
    {
        var own = TaskSubjects.Own(output);
        if (weights.Keys(own, materials).Count > 0) return TaskSubjects.WithoutField(weights.Canonical(own));
        return TaskSubjects.WithoutField(weights.Canonical(TaskSubjects.Topic(task) + " " + own));
    }

    bool IssuedByUnit(RegionDocument document, WorkTask task)
    {
        if (document.Facts.Issuer is not { Length: > 0 } issuer) return true;  // a roster or sheet names no issuer: it cannot be told apart
        var unit = UnitNames.Normalize(issuer, document.Region ?? book.Region);
        return unit is null || unit == CoordinatingOffice || task.Units.Contains(unit) || task.Units.Any(u => u.StartsWith('各'));
    }

    static DateOnly? Dated(RegionDocument d) => d.Profile?.Date ?? d.Facts.Date;

    static int Page(RequirementMatch m)
    {
        if (m.Item is { } item)
            foreach (var (number, text, _) in m.Document.Pages)
                if (text.Contains(item.Heading, StringComparison.Ordinal)) return number;
        return m.Document.Pages.Count > 0 ? m.Document.Pages[0].Number : 1;
    }

    // The tasks' outputs weigh words alongside the rulebook's clauses: a word every task uses tells none apart.
    static Rulebook WithOutputs(Rulebook? rulebook, TaskBook book)
    {
        var clauses = book.Tasks.SelectMany(t => t.Outputs.DefaultIfEmpty(t.Text).Select(o => (t, o))).Select((x, i) =>
            new Clause(i + 1, x.o, 0, RuleShape.Materials, [], null, TaskSubjects.Topic(x.t) + " " + TaskSubjects.Own(x.o), MaterialLexicon.Find(x.o), true, null)).ToList();
        var tasks = new Indicator(0, "任务", book.Title ?? "任务", IndicatorKind.Base, 0, [], clauses, []);
        var indicators = (rulebook?.Indicators ?? []).Append(tasks).ToList();
        return new Rulebook(rulebook?.Notice ?? new NoticeInfo(null, null, book.Title, null, book.Year, null, new Dictionary<string, int>()), rulebook?.Areas ?? [], indicators, 0, null, []);
    }
}
