namespace Hotpass.Docs.Tests.Render.Highlight.Languages;

/// <summary>Sql: a representative snippet per case, with the exact HTML it highlights to.</summary>
public sealed class SqlTests
{
    [Fact]
    public void Keywords_in_any_case_strings_functions_and_comments() => Highlighted.Check("sql",
            """
            SELECT id, COUNT(*) AS n FROM t WHERE name = 'it''s' -- c
              and created_at > now() - interval '1 day' LIMIT 10;
            """,
            """
            <span class="hl-kw">SELECT</span> id, <span class="hl-fn">COUNT</span>(<span class="hl-op">*</span>) <span class="hl-kw">AS</span> n <span class="hl-kw">FROM</span> t <span class="hl-kw">WHERE</span> name <span class="hl-op">=</span> <span class="hl-str">'it</span><span class="hl-const">''</span><span class="hl-str">s'</span> <span class="hl-com">-- c</span>
              <span class="hl-kw">and</span> created_at <span class="hl-op">&gt;</span> <span class="hl-fn">now</span>() <span class="hl-op">-</span> <span class="hl-ty">interval</span> <span class="hl-str">'1 day'</span> <span class="hl-kw">LIMIT</span> <span class="hl-num">10</span>;
            """);

    [Fact]
    public void Types_constants_parameters_and_a_block_comment_over_lines() => Highlighted.Check("postgresql",
            """
            create table x (id uuid primary key, v varchar(20) default null); /* b
              c */ select * from x where id = $1 or id = @id;
            """,
            """
            <span class="hl-kw">create</span> <span class="hl-kw">table</span> x (id <span class="hl-ty">uuid</span> <span class="hl-kw">primary</span> <span class="hl-kw">key</span>, v <span class="hl-ty">varchar</span>(<span class="hl-num">20</span>) <span class="hl-kw">default</span> <span class="hl-const">null</span>); <span class="hl-com">/* b</span>
            <span class="hl-com">  c */</span> <span class="hl-kw">select</span> <span class="hl-op">*</span> <span class="hl-kw">from</span> x <span class="hl-kw">where</span> id <span class="hl-op">=</span> <span class="hl-var">$1</span> <span class="hl-kw">or</span> id <span class="hl-op">=</span> <span class="hl-var">@id</span>;
            """);

    [Fact]
    public void Quoted_identifiers_and_dollar_quoted_bodies() => Highlighted.Check("psql",
            """
            select "select" from t;
            create function f() returns int as $$
              select 1;
            $$ language sql;
            """,
            """
            <span class="hl-kw">select</span> "select" <span class="hl-kw">from</span> t;
            <span class="hl-kw">create</span> <span class="hl-kw">function</span> <span class="hl-fn">f</span>() <span class="hl-kw">returns</span> <span class="hl-ty">int</span> <span class="hl-kw">as</span> <span class="hl-str">$$</span>
            <span class="hl-str">  select 1;</span>
            <span class="hl-str">$$</span> <span class="hl-kw">language</span> sql;
            """);
}
