using static Hotpass.Docs.Tests.TestSupport.GovernanceSpec;

namespace Hotpass.Docs.Tests.Governance.Model;

/// <summary>Which pages document a control: each page once, in ordinal order, whatever order the pages were read in.</summary>
public sealed class PagesDocumentingTests
{
    [Fact]
    public void Each_page_naming_the_control_is_listed_once_in_ordinal_order()
    {
        var (model, diagnostics) = Declare(
            ("b.md", Page("controls:\n  - CTL-A\n  - CTL-A\n")),
            ("a.md", Page("controls:\n  - { id: CTL-A, title: A }\n  - { id: CTL-B, title: B }\n")),
            ("Z.md", Page("controls:\n  - CTL-A\n  - CTL-B\n")),
            ("c.md", Page("controls:\n  - CTL-B\n")));
        Assert.Equal("", diagnostics);
        Assert.Equal(["content/Z.md", "content/b.md"], model.PagesDocumenting(model.FindControl("CTL-A")!));
        Assert.Equal(["content/Z.md", "content/c.md"], model.PagesDocumenting(model.FindControl("CTL-B")!));
    }

    [Fact]
    public void A_control_no_page_names_is_documented_nowhere()
    {
        var (model, _) = Declare(("a.md", Page("controls:\n  - { id: CTL-A, title: A }\n")));
        Assert.Empty(model.PagesDocumenting(model.FindControl("CTL-A")!));
    }
}
