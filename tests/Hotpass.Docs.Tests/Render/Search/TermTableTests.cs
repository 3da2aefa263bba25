using Hotpass.Docs.Steps.Search;

namespace Hotpass.Docs.Tests.Render.Search;

public sealed class TermTableTests
{
    [Fact]
    public void A_term_keeps_its_id_in_the_table_that_follows_and_new_terms_get_new_ids()
    {
        var first = new TermTable();
        var rotate = first.IdOf("rotate");
        var secret = first.IdOf("secret");
        Assert.Equal(rotate, first.IdOf("rotate"));

        var next = first.Next();
        Assert.Equal(secret, next.IdOf("secret"));
        var vault = next.IdOf("vault");
        Assert.DoesNotContain(vault, new[] { rotate, secret });
        Assert.Equal(["rotate", "secret", "vault"], next.Texts(next.Capacity).OfType<string>().Order(StringComparer.Ordinal));
        // The table it followed is unchanged: a failed build's new terms never reach the last good state.
        Assert.Equal(2, first.Next().Capacity);
    }

    [Fact]
    public void Ids_given_on_many_threads_are_distinct_and_one_per_term()
    {
        var table = new TermTable();
        var ids = new int[1000];
        Parallel.For(0, ids.Length, i => ids[i] = table.IdOf("w" + (i % 250)));
        for (var i = 0; i < ids.Length; i++) Assert.Equal(ids[i % 250], ids[i]);
        Assert.Equal(250, ids.Distinct().Count());
    }

    [Fact]
    public void Ids_in_text_order_merge_the_terms_a_table_added_into_the_order_it_kept()
    {
        var first = new TermTable();
        foreach (var term in new[] { "delta", "alpha", "kilo" }) first.IdOf(term);
        var next = first.Next();
        foreach (var term in new[] { "bravo", "zulu", "echo" }) next.IdOf(term);
        var texts = next.Texts(next.Capacity);
        Assert.Equal(["alpha", "bravo", "delta", "echo", "kilo", "zulu"], next.ByText(next.Capacity, texts).Select(id => texts[id]));
    }
}
