using System.Text.Json;
using Extraction.Rulebooks;

namespace Extraction.Tasks;

/// <summary>tasks.json, beside rulebook.json in a pipeline folder: the tasks as read, for a person to check and correct.</summary>
public static class TaskBookFile
{
    public const string FileName = "tasks.json";

    public static string Serialize(TaskBook book) => JsonSerializer.Serialize(book, RulebookFile.Json);

    public static string Save(TaskBook book, string directory)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, FileName);
        File.WriteAllText(file, Serialize(book) + "\n");
        return file;
    }

    public static TaskBook Load(string path)
    {
        try { return JsonSerializer.Deserialize<TaskBook>(File.ReadAllText(path), RulebookFile.Json) ?? throw new JsonException("空文件"); }
        catch (JsonException e) { throw new InvalidDataException($"任务文件 {path} 格式有误：{e.Message}；请重新运行 extraction tasks import", e); }
    }
}
