namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Compares text with a golden file under <c>Golden/</c>. On a difference it writes <c>NAME.received.EXT</c>
/// beside the golden file and fails; set <c>UPDATE_GOLDEN=1</c> to accept the new text as golden.</summary>
public static class Golden
{
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.TestProject, "Golden", name);
        var received = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".received" + Path.GetExtension(path));
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var expected = File.Exists(path) ? File.ReadAllText(path) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No golden file {path}; wrote {received}. Review it, then run with UPDATE_GOLDEN=1."
            : $"Output differs from {path}; wrote {received}. Diff them, then run with UPDATE_GOLDEN=1 if the change is intended.");
    }
}
