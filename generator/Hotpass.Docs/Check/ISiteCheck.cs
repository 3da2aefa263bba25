using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Check;

/// <summary>A gate run over the finished site model; it reports problems and changes nothing.</summary>
public interface ISiteCheck
{
    void Run(SiteModel site, DiagnosticBag diagnostics);
}
