using Extraction.Rulebooks;

namespace Extraction.Tasks;

/// <summary>A task table whose cells the conversion ran together (seed 002) is read by <see cref="TaskTableParser"/>, which
/// places each measure row under its task by the numbers it can still see; here each measure row becomes a tracked task
/// with its units normalized and its deadline read with the plan's year.</summary>
public static class LooseTableTasks
{
    public static (List<WorkTask> Tasks, List<TaskCategory> Categories, List<TaskFragment> Unplaced) Read(IEnumerable<string> tableLines, string? region, int? year)
    {
        var table = TaskTableParser.Parse(LooseTableRepair.Repair(tableLines));
        var tasks = new List<WorkTask>();
        foreach (var category in table.Categories)
            foreach (var task in category.Tasks)
            {
                // A task whose measure rows were all lost is still a task: kept with no units, for a person to complete.
                if (task.Measures.Count == 0)
                    tasks.Add(new WorkTask(category.Number, task.Number, task.Title, null, TaskOutputs.FromText(task.Title), TaskDeadline.None, [], [], [], 0));
                foreach (var measure in task.Measures)
                {
                    var units = UnitNames.Read(string.Join("、", measure.Units), region);
                    var deadline = DeadlineReader.Read(measure.Deadline?.Text, year) ?? TaskDeadline.None;
                    var outputs = measure.Target is { } target ? TaskOutputs.Split(target) : TaskOutputs.FromText(measure.Text);
                    tasks.Add(new WorkTask(category.Number, task.Number, task.Title, measure.Text, outputs, deadline, units.All, units.Lead, units.Support, measure.Line));
                }
            }
        return (tasks, table.Categories.Select(c => new TaskCategory(c.Number, c.Title)).ToList(),
            table.Unplaced.Select(f => new TaskFragment(f.Line, f.Text)).ToList());
    }
}
