using System.CommandLine;

namespace Extraction.Host.Cli;

/// <summary>`extraction db migrate`: brings a store's schema up to date, on either engine, without doing anything else —
/// what an operator runs once before starting the workers of a new version.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var db = StoreLocation.Option();
        var migrate = new Command("migrate", "把证据库的表结构升级到当前版本（SQLite 或 PostgreSQL），不做其他改动") { db };
        migrate.SetAction(result =>
        {
            using var store = StoreLocation.Open(result.GetValue(db));
            if (store is null) return 2;
            Console.WriteLine($"证据库 {store.Display}：表结构为第 {store.SchemaVersion} 版（当前程序的最新版本为第 {store.LatestSchemaVersion} 版）。");
            return 0;
        });
        return new Command("db", "证据库维护") { migrate };
    }
}
