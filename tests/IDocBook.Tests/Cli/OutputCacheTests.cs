using IDocBook.Cli.Commands;
using Shouldly;

namespace IDocBook.Tests.Cli;

public sealed class OutputCacheTests
{
    [Fact]
    public async Task A_cover_started_early_is_drawn_once_and_handed_to_whoever_asks_for_its_key()
    {
        var cache = new OutputCache(forRebuilds: false);
        var draws = 0;
        using var release = new ManualResetEventSlim();
        byte[] Draw()
        {
            Interlocked.Increment(ref draws);
            release.Wait(TimeSpan.FromSeconds(10));
            return [1, 2, 3];
        }

        cache.StartCover("标题", Draw);
        var asked = Task.Run(() => cache.Cover("标题", () => throw new InvalidOperationException("drawn twice")));
        release.Set();

        (await asked).ShouldBe([1, 2, 3]);
        draws.ShouldBe(1);
    }

    [Fact]
    public void A_cover_for_another_text_is_drawn_anew()
    {
        var cache = new OutputCache(forRebuilds: false);
        cache.StartCover("旧标题", () => [1]);

        cache.Cover("新标题", () => [2]).ShouldBe([2]);
    }
}
