using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Check;

/// <summary>Reports a page whose declared Diátaxis type contradicts the section folder it sits in.</summary>
internal sealed class DiataxisFolderCheck : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var section in site.Sections)
        {
            if (section.Config.Type is not { } expected) continue;
            foreach (var page in section.Pages.Prepend(section.Index))
            {
                var fm = page.Source?.FrontMatter;
                if (fm?.Type is { } declared && declared != expected && fm.TypeLocation is { } at)
                    diagnostics.Report(DiagnosticCodes.TypeContradictsFolder, at, declared.Key(), expected.Key(), section.Folder + "/");
            }
        }
    }
}
