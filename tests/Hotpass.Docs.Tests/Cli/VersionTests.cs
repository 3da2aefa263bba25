using System.Reflection;
using System.Text.RegularExpressions;
using Hotpass.Docs.Cli.Commands;

namespace Hotpass.Docs.Tests.Cli;

/// <summary>The tool's version comes from git (0.1.&lt;commits&gt;+&lt;sha&gt;), so a package of a newer commit replaces an
/// installed tool; init's workflow installs the same version without the build metadata.</summary>
public sealed class VersionTests
{
    [Fact]
    public void The_version_is_the_commit_count_with_the_commit()
    {
        // --version prints the entry assembly's version, which in-process is the test host's; the attribute is what
        // the installed tool prints (.ci/run's pack shows it).
        var version = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Matches(new Regex(@"^0\.1\.[1-9][0-9]*\+[0-9a-f]{12}$"), version);
        Assert.Equal(version.Split('+')[0], InitCommand.ToolVersion());
    }
}
