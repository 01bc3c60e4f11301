using Extraction.Store;
using Microsoft.AspNetCore.Identity;

namespace Extraction.Review;

/// <summary>Local accounts: added from the command line, signed in from the browser, locked for a while after
/// repeated wrong passwords. Passwords are kept only as ASP.NET Core's PasswordHasher hashes.</summary>
public sealed class Accounts(IReviewStore store, TimeProvider? clock = null)
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    const int MinPasswordLength = 8;

    static readonly PasswordHasher<string> Hasher = new();
    readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Adds an account, or says in Chinese why it cannot be added.</summary>
    public string? Add(string name, string password, string role, IReadOnlyList<string> regions)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(char.IsWhiteSpace)) return "用户名不能为空、不能含空格，且不超过 64 个字符";
        if (!Account.Roles.Contains(role)) return $"角色 {role} 不存在，可选：{string.Join("、", Account.Roles)}";
        if (password.Length < MinPasswordLength) return $"密码至少 {MinPasswordLength} 个字符";
        if (role == Account.Operator && regions.Count == 0) return "收件员（operator）必须用 --region 指定所属地区";
        if (store.Account(name) is not null) return $"用户 {name} 已存在";
        store.AddAccount(new StoredAccount(name, Hasher.HashPassword(name, password), role, regions, 0, null));
        return null;
    }

    public List<Account> All() => store.Accounts().Select(ToAccount).ToList();

    public Account? Find(string name) => store.Account(name) is { } a ? ToAccount(a) : null;

    /// <summary>The account when name and password match and it is not locked; each wrong password counts toward a lockout.</summary>
    public SignInResult SignIn(string name, string password)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stored = store.Account(name.Trim());
        if (stored is null) return SignInResult.Failed;
        if (stored.LockedUntil is { } until && until > now) return SignInResult.LockedOut(until);
        var verdict = Hasher.VerifyHashedPassword(stored.Name, stored.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failed = stored.FailedSignIns + 1;
            var locked = failed >= MaxFailedSignIns ? now + Lockout : (DateTime?)null;
            store.RecordSignIn(stored.Name, locked is null ? failed : 0, locked);
            return locked is { } l ? SignInResult.LockedOut(l) : SignInResult.Failed;
        }
        if (stored.FailedSignIns > 0 || stored.LockedUntil is not null) store.RecordSignIn(stored.Name, 0, null);
        return SignInResult.Success(ToAccount(stored));
    }

    static Account ToAccount(StoredAccount a) => new(a.Name, a.Role, a.Regions);
}

public sealed record SignInResult(Account? Account, DateTime? LockedUntil)
{
    public static readonly SignInResult Failed = new(null, null);
    public static SignInResult Success(Account account) => new(account, null);
    public static SignInResult LockedOut(DateTime until) => new(null, until);
}
