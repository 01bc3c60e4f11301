using Extraction.Store;
using Microsoft.Extensions.Configuration;

namespace Extraction.Host.Cli;

/// <summary>Where the store lives, one rule for every command and the worker: --db, else the Worker:Db setting
/// (appsettings.json in the working directory, then EXTRACTION_Worker__Db), else ./extraction.db. The pipeline folder
/// never decides it, so `run`, `status`, `assess` and the others of one setup always look at the same store.</summary>
internal static class StoreLocation
{
    public const string Default = "extraction.db";

    public static StoreAddress Resolve(string? db)
    {
        var settings = Settings();
        return StoreAddress.Parse(db ?? settings["Db"] ?? Path.Combine(Environment.CurrentDirectory, Default), settings["Archive"]);
    }

    /// <summary>The --db option, worded the same on every command.</summary>
    public static System.CommandLine.Option<string?> Option() =>
        new("--db") { Description = "证据库：文件路径（SQLite），或 PostgreSQL 连接串 Host=…;Database=… / postgres://…（默认：设置 Worker:Db，否则 ./extraction.db）" };

    /// <summary>Opens the store, or prints why it cannot be opened (in Chinese) and returns null.</summary>
    public static EvidenceStore? Open(string? db)
    {
        try { return EvidenceStore.Open(Resolve(db)); }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"错误：{e.Message}");
            return null;
        }
    }

    static IConfigurationSection Settings() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables("EXTRACTION_").Build().GetSection("Worker");
}
