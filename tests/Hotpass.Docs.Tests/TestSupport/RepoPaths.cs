namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Finds the repository (and the shipped site) from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "Hotpass.Docs.Tests");

    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "hotpass-docs.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hotpass.Docs.sln"))) return dir.FullName;
        throw new InvalidOperationException("Hotpass.Docs.sln not found above " + AppContext.BaseDirectory);
    }
}
