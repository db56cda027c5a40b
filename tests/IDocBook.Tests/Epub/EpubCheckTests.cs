using IDocBook.Tests.Support;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace IDocBook.Tests.Epub;

public sealed class GivenEpubCheck(ITestOutputHelper output)
{
    [SkippableFact]
    public void ItFindsNoProblemInTheSampleBook()
    {
        EpubCheck.SkipUnlessAvailable();
        var path = Path.Combine(Path.GetTempPath(), $"idocbook-sample-{Guid.NewGuid():N}.epub");
        try
        {
            File.WriteAllBytes(path, EpubPackage.Sample().Bytes);
            var result = EpubCheck.Run(path);
            output.WriteLine(result.ToString());
            result.Problems.ShouldBeEmpty(result.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
