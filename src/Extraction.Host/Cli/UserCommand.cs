using System.CommandLine;
using Extraction.Review;

namespace Extraction.Host.Cli;

/// <summary>`extraction user add|list`: the local accounts of the review pages. The password is read from stdin, never
/// from the command line (where other users of the machine could see it).</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var command = new Command("user", "管理复核网页的本地账户");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        return command;
    }

    static Command Add()
    {
        var name = new Argument<string>("name") { Description = "用户名" };
        var role = new Option<string>("--role") { Description = "角色：admin（管理员）、reviewer（复核人）、auditor（抽查人）、operator（收件员）", Required = true };
        var regions = new Option<string[]>("--region") { Description = "可操作的地区，可重复（复核人不填为全部地区；收件员必填）", AllowMultipleArgumentsPerToken = false };
        var db = StoreLocation.Option();
        var command = new Command("add", "添加账户，密码从标准输入读取（一行）") { name, role, regions, db };
        command.SetAction(result =>
        {
            if (!Console.IsInputRedirected) Console.Error.Write("请输入密码：");
            var password = Console.In.ReadLine() ?? "";
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            var given = result.GetValue(regions) ?? [];
            if (new Accounts(store.Reviews).Add(result.GetValue(name)!, password, result.GetValue(role)!, given) is { } error)
            {
                Console.Error.WriteLine($"错误：{error}");
                return 2;
            }
            Console.WriteLine($"已添加用户 {result.GetValue(name)}（{Account.RoleLabel(result.GetValue(role)!)}{(given.Length > 0 ? "，" + string.Join("、", given) : "")}），证据库 {store.Display}");
            return 0;
        });
        return command;
    }

    static Command List()
    {
        var db = StoreLocation.Option();
        var command = new Command("list", "列出账户") { db };
        command.SetAction(result =>
        {
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            var accounts = store.Reviews.Accounts();
            if (accounts.Count == 0) { Console.WriteLine("还没有账户：用 extraction user add <用户名> --role admin 添加"); return 0; }
            foreach (var a in accounts)
                Console.WriteLine($"{a.Name}\t{Account.RoleLabel(a.Role)}（{a.Role}）\t{(a.Regions.Count == 0 ? "全部地区" : string.Join("、", a.Regions))}"
                    + (a.LockedUntil is { } until && until > DateTime.UtcNow ? $"\t锁定至 {until.ToLocalTime():yyyy-MM-dd HH:mm}" : ""));
            return 0;
        });
        return command;
    }
}
