using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Where a problem with the output folder is reported: what chose the folder. <c>--out</c> is the command line;
/// <c>out:</c> is hotpass-docs.yml; neither is the default, and no file is blamed, since there may be none.</summary>
internal static class OutputBlame
{
    public static SourceLocation Of(BuildRequest request, string root, SiteConfig config)
    {
        if (request.OutDir is not null) return SourceLocation.File("(command line)");
        var configured = config.OutDir != new SiteConfig().OutDir || config.OutForce;
        return configured && File.Exists(Path.Combine(root, SiteConfig.FileName))
            ? SourceLocation.File(SiteConfig.FileName)
            : SourceLocation.File($"(default output folder {new SiteConfig().OutDir})");
    }
}
