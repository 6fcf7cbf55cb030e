using System.Threading.Channels;
using RareEarthWatch.Data.Ingestion;

namespace RareEarthWatch.Web.Background;

/// <summary>The state of the latest re-analysis run, for the page that shows its progress.</summary>
/// <param name="OutdatedOnly">The run re-reads only the articles an older extractor read (started by the app itself).</param>
/// <param name="Queued">A run was asked for and has not started yet (the page shows that, not the last run's result).</param>
public sealed record ReanalysisState(bool Running, DateTime? StartedUtc, DateTime? FinishedUtc, ReanalysisProgress Progress, string? Error, bool OutdatedOnly = false, bool Queued = false);

/// <summary>
/// Runs re-analysis of all stored articles in the background, one run at a time; asking again
/// while a run is under way queues exactly one more run (so the latest reference data is used).
/// </summary>
public sealed class ReanalysisRunner(ReanalysisService reanalysis, TimeProvider clock, ILogger<ReanalysisRunner> logger) : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private volatile ReanalysisState _state = new(false, null, null, new ReanalysisProgress(0, 0, 0), null);

    public ReanalysisState State => _state;

    /// <summary>Asks for a run over every article and returns at once (a request while one is queued is dropped).</summary>
    public void Request() => Enqueue(outdatedOnly: false);

    /// <summary>Asks for a run over the articles an older extractor read.</summary>
    public void RequestOutdated() => Enqueue(outdatedOnly: true);

    private void Enqueue(bool outdatedOnly)
    {
        // Marked before the write: the run may start (and replace the state) as soon as the request is in the channel. A
        // write that fails finds a request already waiting, so a run is queued either way.
        _state = _state with { Queued = true };
        _requests.Writer.TryWrite(outdatedOnly);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var outdatedOnly in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            var started = clock.GetUtcNow().UtcDateTime;
            _state = new ReanalysisState(true, started, null, new ReanalysisProgress(0, 0, 0), null, outdatedOnly, Queued: _requests.Reader.Count > 0);
            try
            {
                var result = await reanalysis.ReanalyseAsync(outdatedOnly, new SynchronousProgress(p => _state = _state with { Progress = p }), stoppingToken);
                _state = new ReanalysisState(false, started, clock.GetUtcNow().UtcDateTime, result, null, outdatedOnly, Queued: _requests.Reader.Count > 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Re-analysis failed");
                _state = _state with { Running = false, FinishedUtc = clock.GetUtcNow().UtcDateTime, Error = ex.Message, Queued = _requests.Reader.Count > 0 };
            }
        }
    }
}
