<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>QObject</name>
        <message>
            <location filename="../ui/explorer/explorerexport.cpp" line="+65" />
            <source>Leaky ReLU and ReLU with their gradients, by Leaky ReLU Explorer</source>
            <translation>Leaky ReLU und ReLU mit ihren Gradienten, erstellt mit Leaky-ReLU-Explorer</translation>
        </message>
        <message>
            <location filename="../ui/export/exportdialog.cpp" line="+27" />
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <location filename="../ui/export/exportfile.cpp" line="+49" />
            <source>cannot write '%1': %2</source>
            <translation>'%1' kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>it is a directory</source>
            <translation>es ist ein Ordner</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the folder does not exist</source>
            <translation>der Ordner existiert nicht</translation>
        </message>
        <message>
            <location line="+135" />
            <source>%1 or %2</source>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>JPEG image (*.jpg *.jpeg)</source>
            <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SVG vector image (*.svg)</source>
            <translation>SVG-Vektorgrafik (*.svg)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CSV data (*.csv)</source>
            <translation>CSV-Daten (*.csv)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Experiment, JSON (*.json)</source>
            <translation>Experiment, JSON (*.json)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PyTorch script (*.py)</source>
            <translation>PyTorch-Skript (*.py)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>the name must end in %1</source>
            <translation>der Name muss auf %1 enden</translation>
        </message>
    </context>
    <context>
        <name>lre::app</name>
        <message>
            <location filename="../app/commandline.cpp" line="+84" />
            <source>--%1: '%2' is not a whole number</source>
            <translation>--%1: '%2' ist keine ganze Zahl</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: '%2' must not be negative</source>
            <translation>--%1: '%2' darf nicht negativ sein</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: '%2' is out of range</source>
            <translation>--%1: '%2' liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--%1: '%2' is not a number</source>
            <translation>--%1: '%2' ist keine Zahl</translation>
        </message>
        <message>
            <location line="+10" />
            <source>lab options: %1</source>
            <translation>Labor-Optionen: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--lab-csv: '%1' must end in .csv</source>
            <translation>--lab-csv: '%1' muss auf .csv enden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--lab-csv and --export cannot be used together</source>
            <translation>--lab-csv und --export können nicht zusammen verwendet werden</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--%1: '%2' must end in %3</source>
            <translation>--%1: '%2' muss auf %3 enden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--%1 and --export cannot be used together</source>
            <translation>--%1 und --export können nicht zusammen verwendet werden</translation>
        </message>
        <message>
            <location line="+117" />
            <source> (see --help)</source>
            <translation> (siehe --help)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>unexpected argument '%1' (options start with --; see --help)</source>
            <translation>unerwartetes Argument '%1' (Optionen beginnen mit --; siehe --help)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--%1 is given more than once</source>
            <translation>--%1 ist mehr als einmal angegeben</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--%1: '%2' is not a number (%3)</source>
            <translation>--%1: '%2' ist keine Zahl (%3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--%1: '%2' is out of range (%3)</source>
            <translation>--%1: '%2' liegt außerhalb des Bereichs (%3)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--x-min %1 and --x-max %2: %3</source>
            <translation>--x-min %1 und --x-max %2: %3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--%1: '%2' is not %3</source>
            <translation>--%1: '%2' ist nicht %3</translation>
        </message>
        <message>
            <location line="+25" />
            <source>--size: '%1' is not WxH with each side a whole number from 16 to 8192</source>
            <translation>--size: '%1' ist nicht BxH mit ganzen Zahlen von 16 bis 8192 für jede Seite</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--samples: '%1' is not a whole number from 2 to 1000000</source>
            <translation>--samples: '%1' ist keine ganze Zahl von 2 bis 1000000</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--export: the file name is empty</source>
            <translation>--export: der Dateiname ist leer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--export: '%1' must end in %2</source>
            <translation>--export: '%1' muss auf %2 enden</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--scale: '%1' is not 1, 2 or 3</source>
            <translation>--scale: '%1' ist nicht 1, 2 oder 3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--scale applies to --export with .png, .jpg or .jpeg</source>
            <translation>--scale gilt nur für --export mit .png, .jpg oder .jpeg</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--sweep-csv and --export cannot be used together</source>
            <translation>--sweep-csv und --export können nicht zusammen verwendet werden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--claims-report and --born-dead-csv cannot be used with --export</source>
            <translation>--claims-report und --born-dead-csv können nicht mit --export verwendet werden</translation>
        </message>
        <message>
            <location filename="../app/sweepoptions.cpp" line="+26" />
            <source>Sensitivity sweep: lr (learning rates, both networks) or alpha (one learning rate); needs --sweep-csv.</source>
            <translation>Empfindlichkeits-Sweep: lr (Lernraten, beide Netze) oder alpha (eine Lernrate); braucht --sweep-csv.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write one row per run of the sweep to FILE (.csv) and exit.</source>
            <translation>Eine Zeile pro Lauf des Sweeps in DATEI (.csv) schreiben und beenden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seeds per grid point, 1 to 1000 (default 20).</source>
            <translation>Startwerte pro Gitterpunkt, 1 bis 1000 (Vorgabe 20).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lowest learning rate of an lr sweep (default 0.001).</source>
            <translation>Niedrigste Lernrate eines lr-Sweeps (Vorgabe 0.001).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Highest learning rate of an lr sweep (default 0.3).</source>
            <translation>Höchste Lernrate eines lr-Sweeps (Vorgabe 0.3).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Learning rates of an lr sweep, log-spaced, 2 to 200 (default 16).</source>
            <translation>Lernraten eines lr-Sweeps, logarithmisch verteilt, 2 bis 200 (Vorgabe 16).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alphas of an alpha sweep (default 0,0.001,0.01,0.03,0.1,0.2,0.3,0.5,1).</source>
            <translation>Alphas eines Alpha-Sweeps (Vorgabe 0,0.001,0.01,0.03,0.1,0.2,0.3,0.5,1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lab and sweep: initial weights, shifted (biases at --lab-bias; the lab's default) or he (He normal, zero biases; the sweep's default).</source>
            <translation>Labor und Sweep: Anfangsgewichte, shifted (Biases bei --lab-bias; Vorgabe des Labors) oder he (He-normalverteilt, Biases 0; Vorgabe des Sweeps).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lab and sweep: a third network that learns its alpha (PReLU), one alpha shared by every unit or one per unit; adds loss_prelu,dead_prelu,alpha_prelu to --lab-csv (default off).</source>
            <translation>Labor und Sweep: ein drittes Netz, das sein Alpha lernt (PReLU), ein Alpha für alle Einheiten oder eines pro Einheit; ergänzt --lab-csv um loss_prelu,dead_prelu,alpha_prelu (Vorgabe off).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lab and sweep: where the learned alpha starts, at --alpha or at 0.25 (PyTorch's default; default alpha).</source>
            <translation>Labor und Sweep: wo das gelernte Alpha beginnt, bei --alpha oder bei 0.25 (PyTorchs Vorgabe; Vorgabe alpha).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--lab-init: '%1' is not shifted or he</source>
            <translation>--lab-init: '%1' ist nicht shifted oder he</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--lab-prelu: '%1' is not off, shared or per-unit</source>
            <translation>--lab-prelu: '%1' ist weder off noch shared noch per-unit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--lab-prelu-start: '%1' is not alpha or 0.25</source>
            <translation>--lab-prelu-start: '%1' ist weder alpha noch 0.25</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--lab-prelu-start needs --lab-prelu shared or per-unit</source>
            <translation>--lab-prelu-start braucht --lab-prelu shared oder per-unit</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1 needs --sweep and --sweep-csv</source>
            <translation>--%1 braucht --sweep und --sweep-csv</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--sweep and --sweep-csv go together</source>
            <translation>--sweep und --sweep-csv gehören zusammen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--sweep: '%1' is not lr or alpha</source>
            <translation>--sweep: '%1' ist nicht lr oder alpha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--sweep-csv: '%1' must end in .csv</source>
            <translation>--sweep-csv: '%1' muss auf .csv enden</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--sweep-seeds: '%1' is not a whole number from 1 to 1000</source>
            <translation>--sweep-seeds: '%1' ist keine ganze Zahl von 1 bis 1000</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--%1 applies to --sweep lr</source>
            <translation>--%1 gilt nur für --sweep lr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--sweep-alphas applies to --sweep alpha</source>
            <translation>--sweep-alphas gilt nur für --sweep alpha</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--%1: '%2' is not a learning rate from 0.0001 to 1</source>
            <translation>--%1: '%2' ist keine Lernrate von 0.0001 bis 1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--sweep-lr-min must be below --sweep-lr-max</source>
            <translation>--sweep-lr-min muss kleiner als --sweep-lr-max sein</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--sweep-steps: '%1' is not a whole number from 2 to 200</source>
            <translation>--sweep-steps: '%1' ist keine ganze Zahl von 2 bis 200</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--sweep-alphas: '%1' is not a list of numbers from -10 to 10</source>
            <translation>--sweep-alphas: '%1' ist keine Liste von Zahlen von -10 bis 10</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--sweep-alphas: at most 200 values</source>
            <translation>--sweep-alphas: höchstens 200 Werte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sweep: %1</source>
            <translation>Durchlauf: %1</translation>
        </message>
        <message>
            <location filename="../app/claimsoptions.cpp" line="+41" />
            <source>Test the tutorial's four claims at --alpha and write every measurement, verdict and rule to FILE (.md or .json); then exit.</source>
            <translation>Die vier Behauptungen des Tutorials bei --alpha prüfen und jede Messung, jedes Urteil und jede Regel in DATEI (.md oder .json) schreiben; dann beenden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write the born-dead table (ReLU and Leaky ReLU at --alpha) to FILE (.csv); then exit.</source>
            <translation>Die Tot-geboren-Tabelle (ReLU und Leaky ReLU bei --alpha) in DATEI (.csv) schreiben; dann beenden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Networks per born-dead cell, 1 to 1000000 (default 10000).</source>
            <translation>Netze pro Zelle der Tot-geboren-Tabelle, 1 bis 1000000 (Vorgabe 10000).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--claims-report: '%1' must end in .md or .json</source>
            <translation>--claims-report: '%1' muss auf .md oder .json enden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--born-dead-csv: '%1' must end in .csv</source>
            <translation>--born-dead-csv: '%1' muss auf .csv enden</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--born-dead-trials: '%1' is not a whole number from 1 to 1000000</source>
            <translation>--born-dead-trials: '%1' ist keine ganze Zahl von 1 bis 1000000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--born-dead-trials applies to --born-dead-csv or --claims-report</source>
            <translation>--born-dead-trials gilt nur für --born-dead-csv oder --claims-report</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="-50" />
            <source>--pin: %1 (up to %2 alphas from -10 to 10, comma-separated)</source>
            <translation>--pin: %1 (bis zu %2 Alphas von -10 bis 10, durch Kommas getrennt)</translation>
        </message>
    </context>
    <context>
        <name>lre::claims</name>
        <message>
            <location filename="../core/claims/cardtext.cpp" line="+10" />
            <source>%1 (%2 to %3)</source>
            <translation>%1 (%2 bis %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no seeds</source>
            <translation>keine Startwerte</translation>
        </message>
        <message>
            <location line="+5" />
            <source>seeds %1-%2</source>
            <translation>Startwerte %1–%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>seeds %1</source>
            <translation>Startwerte %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The dying-ReLU lab at its defaults (%1 units, learning rate %2, biases starting at %3, %4 epochs, %5 points), ReLU against Leaky ReLU at alpha %6, %7.</source>
            <translation>Das Dying-ReLU-Labor mit seinen Vorgaben (%1 Einheiten, Lernrate %2, Anfangs-Biases %3, %4 Epochen, %5 Punkte), ReLU gegen Leaky ReLU bei Alpha %6, %7.</translation>
        </message>
        <message>
            <location filename="../core/claims/claimcards.cpp" line="+33" />
            <source>Every Leaky ReLU figure equals ReLU's (alpha = 0 makes Leaky ReLU into ReLU), so nothing can favour either.</source>
            <translation>Jede Zahl von Leaky ReLU gleicht der von ReLU (Alpha = 0 macht Leaky ReLU zu ReLU), also kann nichts eines der beiden begünstigen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two differ by less than the margin.</source>
            <translation>Die beiden unterscheiden sich um weniger als die Schwelle.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Being measured.</source>
            <translation>Wird gemessen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting for the lab runs.</source>
            <translation>Wartet auf die Läufe des Labors.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Leaky ReLU prevents dying ReLU: its units and networks do not go dead as ReLU's do.</source>
            <translation>Leaky ReLU verhindert sterbende ReLUs: Seine Einheiten und Netze sterben nicht ab wie die von ReLU.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Born dead: %1 networks per cell (seed %2), He normal weights, zero biases, widths 2-10, depths 2-50; a network is born dead when its last hidden layer is zero at x = -1 and x = +1.</source>
            <translation>Tot geboren: %1 Netze pro Zelle (Startwert %2), He-normalverteilte Gewichte, Biases 0, Breiten 2–10, Tiefen 2–50; ein Netz ist tot geboren, wenn seine letzte verborgene Schicht bei x = -1 und x = +1 null ist.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Born dead, width %1 depth %2 (the largest gap): ReLU %3 ± %4, Leaky ReLU %5 ± %6 (standard errors).</source>
            <translation>Tot geboren, Breite %1, Tiefe %2 (der größte Abstand): ReLU %3 ± %4, Leaky ReLU %5 ± %6 (Standardfehler).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Leaky ReLU networks born dead over all %1 cells: %2 of %3.</source>
            <translation>Tot geborene Leaky-ReLU-Netze über alle %1 Zellen: %2 von %3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Born dead: being measured.</source>
            <translation>Tot geboren: wird gemessen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recovery: %1</source>
            <translation>Erholung: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery, dead units after training: ReLU %1, Leaky ReLU %2; Leaky ReLU has fewer in %3 of %4 seeds, ReLU in %5.</source>
            <translation>Erholung, tote Einheiten nach dem Training: ReLU %1, Leaky ReLU %2; Leaky ReLU hat bei %3 von %4 Startwerten weniger, ReLU bei %5.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Final loss: ReLU %1 (%2 to %3), Leaky ReLU %4 (%5 to %6).</source>
            <translation>Endverlust: ReLU %1 (%2 bis %3), Leaky ReLU %4 (%5 bis %6).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Recovery: being measured.</source>
            <translation>Erholung: wird gemessen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Large learning rate (%1, the largest where both networks have runs that did not diverge), median dead units: ReLU %2, Leaky ReLU %3.</source>
            <translation>Große Lernrate (%1, die größte, bei der beide Netze nicht divergierte Läufe haben), Median der toten Einheiten: ReLU %2, Leaky ReLU %3.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>every run diverged</source>
            <translation>jeder Lauf divergierte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dying from a large learning rate: not measured (%1).</source>
            <translation>Sterben durch eine große Lernrate: nicht gemessen (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waiting for the first measurement.</source>
            <translation>Wartet auf die erste Messung.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every measurement so far shows ReLU dying more than Leaky ReLU, by more than the margin.</source>
            <translation>Jede bisherige Messung zeigt, dass ReLU stärker stirbt als Leaky ReLU, und zwar um mehr als die Schwelle.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Some measurements show ReLU dying more than Leaky ReLU; the others show no difference beyond the margin.</source>
            <translation>Einige Messungen zeigen, dass ReLU stärker stirbt als Leaky ReLU; die übrigen zeigen keinen Unterschied über die Schwelle hinaus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leaky ReLU dies more than ReLU here.</source>
            <translation>Leaky ReLU stirbt hier stärker als ReLU.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No measurement shows a difference beyond the margin.</source>
            <translation>Keine Messung zeigt einen Unterschied über die Schwelle hinaus.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Leaky ReLU avoids zero gradients: its units keep a non-zero gradient for negative inputs.</source>
            <translation>Leaky ReLU vermeidet Nullgradienten: Seine Einheiten behalten für negative Eingaben einen Gradienten ungleich null.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 At the initial and the final weights: each hidden unit's activation derivative at every training input, and each unit's gradient (input weight, bias, output weight) over the batch.</source>
            <translation>%1 An den Anfangs- und an den Endgewichten: die Ableitung der Aktivierung jeder verborgenen Einheit an jeder Trainingseingabe und der Gradient jeder Einheit (Eingangsgewicht, Bias, Ausgangsgewicht) über den Batch.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Activation derivatives exactly 0, start -&gt; end: ReLU %1 -&gt; %2; Leaky ReLU %3 -&gt; %4.</source>
            <translation>Ableitungen der Aktivierung genau 0, Start → Ende: ReLU %1 → %2; Leaky ReLU %3 → %4.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Units with no gradient at all in the epoch, start -&gt; end: ReLU %1 -&gt; %2; Leaky ReLU %3 -&gt; %4.</source>
            <translation>Einheiten ganz ohne Gradienten in der Epoche, Start → Ende: ReLU %1 → %2; Leaky ReLU %3 → %4.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ReLU's derivative is exactly 0 on %1 of unit-inputs after training; Leaky ReLU's never is: its slope alpha keeps every unit learning.</source>
            <translation>Die Ableitung von ReLU ist nach dem Training für %1 der Paare aus Einheit und Eingabe genau 0, die von Leaky ReLU nie: Seine Steigung Alpha lässt jede Einheit weiterlernen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Leaky ReLU has fewer zero derivatives than ReLU, but not none.</source>
            <translation>Leaky ReLU hat weniger Nullableitungen als ReLU, aber doch einige.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leaky ReLU has more zero derivatives than ReLU here.</source>
            <translation>Leaky ReLU hat hier mehr Nullableitungen als ReLU.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Learning-rate sweep: %1 rates from %2 to %3 (log-spaced), seeds %4-%5, He initialization, %6 epochs, ReLU against Leaky ReLU at alpha %7, and beside them a network that learns one alpha shared by its units (PReLU), starting at %8.</source>
            <translation>Lernraten-Durchlauf: %1 Lernraten von %2 bis %3 (logarithmisch verteilt), Startwerte %4–%5, He-Initialisierung, %6 Epochen, ReLU gegen Leaky ReLU bei Alpha %7 und daneben ein Netz, das ein gemeinsames Alpha für seine Einheiten lernt (PReLU), beginnend bei %8.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Alpha sweep: Leaky ReLU at alpha %1, learning rate %2, the same seeds.</source>
            <translation>Alpha-Durchlauf: Leaky ReLU bei Alpha %1, Lernrate %2, dieselben Startwerte.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Leaky ReLU is more forgiving in one respect only: its learning-rate window is %1 decades wider, but its own slope matters: the median final loss moves %2x over alpha in [0.01, 0.3].</source>
            <translation>Leaky ReLU ist nur in einer Hinsicht gutmütiger: Sein Lernratenfenster ist %1 Dekaden breiter, aber seine eigene Steigung zählt: Der mediane Endverlust ändert sich über Alpha in [0,01; 0,3] um das %2-Fache.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Leaky ReLU is more forgiving in one respect only: its learning-rate window is %1 decades wider, but it is worse in the other (window or diverged runs).</source>
            <translation>Leaky ReLU ist nur in einer Hinsicht gutmütiger: Sein Lernratenfenster ist %1 Dekaden breiter, aber in der anderen (Fenster oder divergierte Läufe) ist es schlechter.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Leaky ReLU is more forgiving in one respect only: it diverges less often, but its own slope matters: the median final loss moves %1x over alpha in [0.01, 0.3].</source>
            <translation>Leaky ReLU ist nur in einer Hinsicht gutmütiger: Es divergiert seltener, aber seine eigene Steigung zählt: Der mediane Endverlust ändert sich über Alpha in [0,01; 0,3] um das %1-Fache.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leaky ReLU is more forgiving in one respect only: it diverges less often, but it is worse in the other (window or diverged runs).</source>
            <translation>Leaky ReLU ist nur in einer Hinsicht gutmütiger: Es divergiert seltener, aber in der anderen (Fenster oder divergierte Läufe) ist es schlechter.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Leaky ReLU is less sensitive to hyperparameters (learning rate, and its own slope alpha).</source>
            <translation>Leaky ReLU ist weniger empfindlich für Hyperparameter (die Lernrate und seine eigene Steigung Alpha).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Waiting for the sweeps.</source>
            <translation>Wartet auf die Durchläufe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing: %1.</source>
            <translation>Nichts: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No measurement: %1.</source>
            <translation>Keine Messung: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The claim cannot be judged until the sweeps run: %1.</source>
            <translation>Die Aussage lässt sich erst beurteilen, wenn die Durchläufe gelaufen sind: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Learning-rate window (median final loss within 2x of the best): ReLU %1 decades, Leaky ReLU %2 decades.</source>
            <translation>Lernratenfenster (medianer Endverlust innerhalb des 2-Fachen des besten): ReLU %1 Dekaden, Leaky ReLU %2 Dekaden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Diverged runs: ReLU %1 of %3, Leaky ReLU %2 of %3.</source>
            <translation>Divergierte Läufe: ReLU %1 von %3, Leaky ReLU %2 von %3.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Median final loss over alpha in [0.01, 0.3]: largest / smallest = %1.</source>
            <translation>Medianer Endverlust über Alpha in [0,01; 0,3]: größter / kleinster = %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Learned alpha (PReLU, one alpha shared by the units, starting at %1): at learning rate %2, its lowest median final loss where at least half the seeds did not diverge, it ended at median %3 (quartiles %4 to %5) over %6 of %7 seeds.</source>
            <translation>Gelerntes Alpha (PReLU, ein gemeinsames Alpha für die Einheiten, beginnend bei %1): Bei Lernrate %2, seinem kleinsten medianen Endverlust, bei dem mindestens die Hälfte der Startwerte nicht divergierte, endete es im Median bei %3 (Quartile %4 bis %5) über %6 von %7 Startwerten.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The learning-rate sweep shows no difference between the two networks.</source>
            <translation>Der Lernraten-Durchlauf zeigt keinen Unterschied zwischen den beiden Netzen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leaky ReLU trains well over a wider range of learning rates, and its slope matters little.</source>
            <translation>Leaky ReLU trainiert über einen breiteren Bereich von Lernraten gut, und seine Steigung spielt kaum eine Rolle.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ReLU is the more forgiving network here.</source>
            <translation>ReLU ist hier das gutmütigere Netz.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leaky ReLU gives sparse activations by letting negative values through.</source>
            <translation>Leaky ReLU liefert dünn besetzte Aktivierungen, indem es negative Werte durchlässt.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 Every hidden activation at every training input, at the initial and the final weights.</source>
            <translation>%1 Jede verborgene Aktivierung an jeder Trainingseingabe, an den Anfangs- und an den Endgewichten.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Activations exactly 0, start -&gt; end: ReLU %1 -&gt; %2; Leaky ReLU %3 -&gt; %4.</source>
            <translation>Aktivierungen genau 0, Start → Ende: ReLU %1 → %2; Leaky ReLU %3 → %4.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Within 1% of the layer's largest magnitude, start -&gt; end: ReLU %1 -&gt; %2; Leaky ReLU %3 -&gt; %4.</source>
            <translation>Innerhalb von 1 % des größten Betrags der Schicht, Start → Ende: ReLU %1 → %2; Leaky ReLU %3 → %4.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ReLU is the sparse one: %1 of its activations are exactly 0 after training, Leaky ReLU's %2. Letting negative values through removes the zeros; it does not make them.</source>
            <translation>ReLU ist das dünn besetzte Netz: %1 seiner Aktivierungen sind nach dem Training genau 0, bei Leaky ReLU %2. Negative Werte durchzulassen beseitigt die Nullen; es erzeugt sie nicht.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ReLU has more exact zeros, but Leaky ReLU is nearly as sparse counting values near 0.</source>
            <translation>ReLU hat mehr exakte Nullen, aber Leaky ReLU ist fast so dünn besetzt, wenn man Werte nahe 0 mitzählt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leaky ReLU has more exact zeros than ReLU here.</source>
            <translation>Leaky ReLU hat hier mehr exakte Nullen als ReLU.</translation>
        </message>
        <message>
            <location filename="../core/claims/claimswording.cpp" line="+45" />
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../core/claims/sensitivityclaims.cpp" line="+19" />
            <source>the sweep was cancelled</source>
            <translation>der Durchlauf wurde abgebrochen</translation>
        </message>
        <message>
            <location filename="../core/claims/verdicts.h" line="+38" />
            <source>Each measurement favours Leaky ReLU when ReLU dies more by at least the margin (born dead: 1 point and 3 standard errors in some cell; recovery: 5 points and fewer dead units in 8 of 10 seeds; large learning rate: 5 points), and favours ReLU by the same test reversed. Supported: every measurement favours Leaky ReLU; partly supported: some do; backwards: only ReLU is favoured; not supported: none favours either.</source>
            <translation>Eine Messung spricht für Leaky ReLU, wenn ReLU um mindestens die Schwelle stärker stirbt (tot geboren: 1 Prozentpunkt und 3 Standardfehler in einer Zelle; Erholung: 5 Prozentpunkte und weniger tote Einheiten bei 8 von 10 Startwerten; große Lernrate: 5 Prozentpunkte), und für ReLU bei derselben Prüfung umgekehrt. Bestätigt: Jede Messung spricht für Leaky ReLU; teilweise bestätigt: einige; umgekehrt: nur welche für ReLU; nicht bestätigt: keine spricht für eines der beiden.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Supported: Leaky ReLU has no exactly-zero activation derivative and no unit without gradient in any seed, at the start or the end, while ReLU has at least 5% zero derivatives after training; partly supported: Leaky ReLU has at least 5 points fewer zero derivatives but some; backwards: at least 5 points more; otherwise not supported.</source>
            <translation>Bestätigt: Leaky ReLU hat bei keinem Startwert, weder am Start noch am Ende, eine Ableitung der Aktivierung von genau 0 oder eine Einheit ohne Gradienten, während ReLU nach dem Training mindestens 5 % Nullableitungen hat; teilweise bestätigt: Leaky ReLU hat mindestens 5 Prozentpunkte weniger Nullableitungen, aber einige; umgekehrt: mindestens 5 Prozentpunkte mehr; sonst nicht bestätigt.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Leaky ReLU is better when its learning-rate window is at least 0.25 decades wider or it diverges in at least 5% fewer of its runs, worse by the same tests reversed; alpha is stable when the median final loss moves by at most 2x over alpha in [0.01, 0.3]. Supported: better, not worse, and alpha stable; partly supported: better but also worse or alpha unstable; backwards: worse and not better; not supported: neither.</source>
            <translation>Leaky ReLU ist besser, wenn sein Lernratenfenster mindestens 0,25 Dekaden breiter ist oder es in mindestens 5 % weniger seiner Läufe divergiert, und schlechter bei denselben Prüfungen umgekehrt; Alpha ist stabil, wenn sich der mediane Endverlust über Alpha in [0,01; 0,3] höchstens um das 2-Fache ändert. Bestätigt: besser, nicht schlechter und Alpha stabil; teilweise bestätigt: besser, aber auch schlechter oder Alpha instabil; umgekehrt: schlechter und nicht besser; nicht bestätigt: keines von beidem.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Supported: Leaky ReLU has at least 5 points more exactly-zero activations than ReLU after training; backwards: ReLU has at least 5 points more, and Leaky ReLU's near-zero fraction (within 1% of the largest) also falls 5 points short of ReLU's zeros; partly supported: ReLU has more exact zeros but Leaky ReLU is within 5 points of it counting near-zeros; otherwise not supported.</source>
            <translation>Bestätigt: Leaky ReLU hat nach dem Training mindestens 5 Prozentpunkte mehr Aktivierungen von genau 0 als ReLU; umgekehrt: ReLU hat mindestens 5 Prozentpunkte mehr, und auch der Anteil von Leaky ReLU nahe 0 (innerhalb von 1 % des größten Betrags) bleibt 5 Prozentpunkte unter den Nullen von ReLU; teilweise bestätigt: ReLU hat mehr exakte Nullen, aber Leaky ReLU liegt mit den Werten nahe 0 höchstens 5 Prozentpunkte darunter; sonst nicht bestätigt.</translation>
        </message>
        <message>
            <location filename="../core/claims/verdicts.cpp" line="+40" />
            <source>supported</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partly supported</source>
            <translation>teilweise bestätigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not supported</source>
            <translation>nicht bestätigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>backwards</source>
            <translation>umgekehrt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not measured yet</source>
            <translation>noch nicht gemessen</translation>
        </message>
    </context>
    <context>
        <name>lre::ui</name>
        <message>
            <location filename="../ui/explorer/readouts.cpp" line="+28" />
            <source>α &gt; 1: the negative side is now steeper than the positive side, and max(α·x, x) would no longer be Leaky ReLU (it would swap the two slopes).</source>
            <translation>α &gt; 1: Die negative Seite ist jetzt steiler als die positive, und max(α·x, x) wäre nicht mehr Leaky ReLU (es würde die beiden Steigungen vertauschen).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>α &lt; 0: negative inputs now give positive outputs, so the function is no longer monotonic.</source>
            <translation>α &lt; 0: Negative Eingaben ergeben jetzt positive Ausgaben, die Funktion ist also nicht mehr monoton.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>α = 0: Leaky ReLU is plain ReLU, and negative inputs get no gradient at all.</source>
            <translation>α = 0: Leaky ReLU ist einfaches ReLU, und negative Eingaben erhalten überhaupt keinen Gradienten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>α = 1: Leaky ReLU is the identity; the network loses its non-linearity.</source>
            <translation>α = 1: Leaky ReLU ist die Identität; das Netz verliert seine Nichtlinearität.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrow keys move α by 0.001, Page Up/Down by 0.05. On the chart: the wheel zooms x, dragging pans, a double-click restores −5 to 5.</source>
            <translation>Pfeiltasten ändern α um 0,001, Bild auf/ab um 0,05. Im Diagramm: Das Mausrad zoomt x, Ziehen verschiebt, ein Doppelklick stellt −5 bis 5 wieder her.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>x = %1    ReLU(x) = %2    Leaky ReLU(x) = %3    ReLU′(x) = %4    Leaky ReLU′(x) = %5</source>
            <translation>x = %1    ReLU(x) = %2    Leaky ReLU(x) = %3    ReLU′(x) = %4    Leaky ReLU′(x) = %5</translation>
        </message>
        <message>
            <location filename="../ui/sensitivity/sweepsummarytext.cpp" line="+37" />
            <source>%1 to %2 (%3 decades)</source>
            <translation>%1 bis %2 (%3 Dekaden)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>α = 0: Leaky ReLU is ReLU, so both networks are the same runs and nothing can differ.</source>
            <translation>α = 0: Leaky ReLU ist ReLU, beide Netze sind also dieselben Läufe und nichts kann sich unterscheiden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too few runs trained without diverging to compare the two networks.</source>
            <translation>Zu wenige Läufe haben ohne Divergenz trainiert, um die beiden Netze zu vergleichen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leaky ReLU is less sensitive to the learning rate here (its window is wider by %1 decades or more).</source>
            <translation>Leaky ReLU ist hier weniger empfindlich für die Lernrate (sein Fenster ist um %1 Dekaden oder mehr breiter).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leaky ReLU is more sensitive to the learning rate here (its window is narrower by %1 decades or more).</source>
            <translation>Leaky ReLU ist hier empfindlicher für die Lernrate (sein Fenster ist um %1 Dekaden oder mehr schmaler).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No clear difference: the two windows differ by less than %1 decades.</source>
            <translation>Kein klarer Unterschied: Die beiden Fenster unterscheiden sich um weniger als %1 Dekaden.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Median final loss within 2× of its best: ReLU from %1, Leaky ReLU (α = %2) from %3. %4 Diverged: ReLU %5 of %6 runs, Leaky ReLU %7 of %8.</source>
            <translation>Medianer Endverlust innerhalb des 2-Fachen seines besten: ReLU von %1, Leaky ReLU (α = %2) von %3. %4 Divergiert: ReLU %5 von %6 Läufen, Leaky ReLU %7 von %8.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>At learning rate %1, over α from 0.01 to 0.3 the median final loss goes from %2 (α = %3) to %4 (α = %5), a factor of %6.</source>
            <translation>Bei Lernrate %1 reicht der mediane Endverlust über α von 0.01 bis 0.3 von %2 (α = %3) bis %4 (α = %5), ein Faktor von %6.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>At learning rate %1, no α from 0.01 to 0.3 has a run that trained without diverging yet.</source>
            <translation>Bei Lernrate %1 hat noch kein α von 0.01 bis 0.3 einen Lauf, der ohne Divergenz trainiert hat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ReLU (α = 0): %1.</source>
            <translation>ReLU (α = 0): %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diverged: %1 of %2 runs.</source>
            <translation>Divergiert: %1 von %2 Läufen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>shared</source>
            <translation>gemeinsam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>per unit, the units' mean</source>
            <translation>pro Einheit, Mittel der Einheiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Learned α (%1): no grid point has half of its runs trained without diverging (%2 of %3 runs diverged).</source>
            <translation>Gelerntes α (%1): An keinem Gitterpunkt hat die Hälfte der Läufe ohne Divergenz trainiert (%2 von %3 Läufen divergiert).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>at its best learning rate, %1 (the lowest median final loss where at least half the seeds did not diverge)</source>
            <translation>bei seiner besten Lernrate, %1 (dem kleinsten Median des Endverlusts, wo mindestens die Hälfte der Startwerte nicht divergierte)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from its best start (the lowest median final loss where at least half the seeds did not diverge)</source>
            <translation>ab seinem besten Start (dem kleinsten Median des Endverlusts, wo mindestens die Hälfte der Startwerte nicht divergierte)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at its best α of the grid, %1 (the lowest median final loss where at least half the seeds did not diverge)</source>
            <translation>bei seinem besten α des Gitters, %1 (dem kleinsten Median des Endverlusts, wo mindestens die Hälfte der Startwerte nicht divergierte)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 seeds</source>
            <translation>%1 Startwerte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the %1 of %2 seeds that did not diverge</source>
            <translation>die %1 von %2 Startwerten, die nicht divergierten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learned α (%1, from %2) ended at median %3 (quartiles %4 to %5) over %6 %7.</source>
            <translation>Gelerntes α (%1, ab %2) endete im Median bei %3 (Quartile %4 bis %5) über %6 %7.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Its median final loss is within 2× of its best from %1.</source>
            <translation>Sein medianer Endverlust bleibt innerhalb des 2-Fachen seines besten von %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Diverged: PReLU %1 of %2 runs.</source>
            <translation>Divergiert: PReLU %1 von %2 Läufen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No run has finished yet.</source>
            <translation>Noch kein Lauf ist beendet.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>So far (%1 of %2 runs): %3</source>
            <translation>Bisher (%1 von %2 Läufen): %3</translation>
        </message>
        <message>
            <location filename="../ui/explorer/readouts.cpp" line="+5" />
            <source>    α = %1: %2 (′ %3)</source>
            <translation>    α = %1: %2 (′ %3)</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::ActivationChart</name>
        <message>
            <location filename="../ui/explorer/activationchart.cpp" line="+59" />
            <location line="+2" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location line="-1" />
            <source>f(x)</source>
            <translation>f(x)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>f′(x)</source>
            <translation>f′(x)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leaky ReLU gradient</source>
            <translation>Gradient von Leaky ReLU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ReLU gradient</source>
            <translation>Gradient von ReLU</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Leaky ReLU (α = %1) vs ReLU</source>
            <translation>Leaky ReLU (α = %1) und ReLU</translation>
        </message>
        <message>
            <location line="+5" />
            <source>α = %1</source>
            <translation>α = %1</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::ClaimsPage</name>
        <message>
            <location filename="../ui/claims/claimspage.cpp" line="+83" />
            <source>What the claims page shows</source>
            <translation>Was die Seite „Aussagen“ zeigt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Born dead: networks constant on [-1, 1] at initialization</source>
            <translation>Tot geboren: Netze, die bei der Initialisierung auf [-1, 1] konstant sind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hidden layers (depth)</source>
            <translation>verborgene Schichten (Tiefe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fraction born dead</source>
            <translation>Anteil tot geboren</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Born-dead chart</source>
            <translation>Diagramm: tot geboren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fraction of networks born dead against depth, one line per width</source>
            <translation>Anteil tot geborener Netze über der Tiefe, eine Linie pro Breite</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What the born-dead table shows</source>
            <translation>Was die Tot-geboren-Tabelle zeigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Born dead, percent: ReLU ± one standard error / Leaky ReLU ± one standard error.</source>
            <translation>Tot geboren, Prozent: ReLU ± ein Standardfehler / Leaky ReLU ± ein Standardfehler.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Born-dead table</source>
            <translation>Tabelle: tot geboren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ReLU / Leaky ReLU fraction born dead, ± one standard error</source>
            <translation>Anteil tot geborener ReLU / Leaky ReLU, ± ein Standardfehler</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Claims</source>
            <translation>Aussagen</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Verdict of claim %1</source>
            <translation>Urteil zu Aussage %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the numbers of claim %1 show</source>
            <translation>Was die Zahlen zu Aussage %1 zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What ran for claim %1</source>
            <translation>Was für Aussage %1 lief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbers of claim %1</source>
            <translation>Zahlen zu Aussage %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule of claim %1</source>
            <translation>Regel zu Aussage %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show the born-dead chart</source>
            <translation>Das Diagramm „tot geboren“ zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the dying-ReLU lab</source>
            <translation>Das Dying-ReLU-Labor öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the gradient chart</source>
            <translation>Das Gradientendiagramm öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the sensitivity sweeps</source>
            <translation>Die Sensitivitäts-Durchläufe öffnen</translation>
        </message>
        <message>
            <location line="+92" />
            <source>The tutorial claims four things for Leaky ReLU. The app tests each one at α = %1 and gives the verdict its rule computes from the numbers. %2</source>
            <translation>Das Tutorial behauptet vier Dinge über Leaky ReLU. Die App prüft jede Behauptung bei α = %1 und gibt das Urteil, das ihre Regel aus den Zahlen berechnet. %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Measuring…</source>
            <translation>Messung läuft …</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Every measurement is done.</source>
            <translation>Alle Messungen sind fertig.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Claim</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verdict: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Urteil: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What ran: %1</source>
            <translation>Was lief: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rule: %1</source>
            <translation>Regel: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>ReLU, N = %1</source>
            <translation>ReLU, N = %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leaky, N = %1</source>
            <translation>Leaky, N = %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>width %1</source>
            <translation>Breite %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>depth %1</source>
            <translation>Tiefe %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Claims</source>
            <translation>A&amp;ussagen</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Export the claims</source>
            <translation>Die Aussagen exportieren</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Born dead</source>
            <translation>Tot geboren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fraction of ReLU and Leaky ReLU (α = %1) networks born dead, by Leaky ReLU Explorer</source>
            <translation>Anteil tot geborener ReLU- und Leaky-ReLU-Netze (α = %1), erstellt mit Leaky-ReLU-Explorer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>cannot write '%1': the measurements have not finished yet</source>
            <translation>'%1' kann nicht geschrieben werden: Die Messungen sind noch nicht fertig</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::DyingReluPage</name>
        <message>
            <location filename="../ui/lab/dyingrelupage.cpp" line="+64" />
            <source>What the lab shows</source>
            <translation>Was das Labor zeigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why Leaky ReLU exists</source>
            <translation>Warum es Leaky ReLU gibt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A ReLU unit whose input is negative for every training point outputs 0 and sends back a gradient of exactly 0, so gradient descent can never move it again: the unit is dead. Here two copies of one small network learn the same noisy sine from the same starting weights, with every hidden bias shifted down so that many units start dead. Under ReLU they stay dead, and the few units left cannot follow the curve. Leaky ReLU passes a gradient of α for negative inputs, so its dead units keep learning, many come back, and the fit gets much closer. A third copy (PReLU) learns α itself, by the same gradient descent: where its α goes is the network's own answer to which slope it wants.</source>
            <translation>Eine ReLU-Einheit, deren Eingabe für jeden Trainingspunkt negativ ist, gibt 0 aus und gibt einen Gradienten von genau 0 zurück, sodass das Gradientenverfahren sie nie wieder bewegen kann: Die Einheit ist tot. Hier lernen zwei Kopien eines kleinen Netzes denselben verrauschten Sinus aus denselben Anfangsgewichten, wobei jeder verborgene Bias nach unten verschoben ist, sodass viele Einheiten tot beginnen. Unter ReLU bleiben sie tot, und die wenigen übrigen Einheiten können der Kurve nicht folgen. Leaky ReLU gibt für negative Eingaben einen Gradienten von α weiter, sodass seine toten Einheiten weiterlernen, viele zurückkommen und die Anpassung viel besser wird. Eine dritte Kopie (PReLU) lernt α selbst, mit demselben Gradientenverfahren: Wohin ihr α geht, ist die eigene Antwort des Netzes, welche Steigung es will.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leaky ReLU alpha</source>
            <translation>Alpha von Leaky ReLU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The Leaky ReLU network uses the alpha set on the explorer</source>
            <translation>Das Leaky-ReLU-Netz verwendet das im Explorer eingestellte Alpha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lab status</source>
            <translation>Laborstatus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress of the run, then how each network ended</source>
            <translation>Fortschritt des Laufs, danach das Ergebnis jedes Netzes</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The explorer's α is now the learned α, %1</source>
            <translation>Das α des Explorers ist jetzt das gelernte α, %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Leaky ReLU α = %1 (set on the explorer)</source>
            <translation>Leaky ReLU α = %1 (im Explorer eingestellt)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Training…</source>
            <translation>Training …</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Training… epoch %1 of %2</source>
            <translation>Training … Epoche %1 von %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The run could not finish: there was not enough memory for networks this large.</source>
            <translation>Der Lauf konnte nicht beendet werden: Für so große Netze reichte der Speicher nicht.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>After %1 epochs — ReLU: loss %2, %3% of hidden units dead. Leaky ReLU: loss %4, %5% dead.</source>
            <translation>Nach %1 Epochen — ReLU: Verlust %2, %3 % der verborgenen Einheiten tot. Leaky ReLU: Verlust %4, %5 % tot.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The loss blew up after epoch %1: lower the learning rate. %2</source>
            <translation>Der Verlust ist nach Epoche %1 explodiert: Verringern Sie die Lernrate. %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>PReLU: loss %1, %2% dead; its units' α moved from %3 to a mean of %4 (lowest %5, highest %6).</source>
            <translation>PReLU: Verlust %1, %2 % tot; das α seiner Einheiten ging von %3 zu einem Mittel von %4 (kleinstes %5, größtes %6).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PReLU: loss %1, %2% dead; its α moved from %3 to %4.</source>
            <translation>PReLU: Verlust %1, %2 % tot; sein α ging von %3 zu %4.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;Dying-ReLU Lab</source>
            <translation>D&amp;ying-ReLU-Labor</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Export Dying-ReLU Lab</source>
            <translation>Dying-ReLU-Labor exportieren</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dying-ReLU lab</source>
            <translation>Dying-ReLU-Labor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Loss, dead units and fitted functions of ReLU and Leaky ReLU (α = %1), by Leaky ReLU Explorer</source>
            <translation>Verlust, tote Einheiten und angepasste Funktionen von ReLU und Leaky ReLU (α = %1), erstellt mit Leaky-ReLU-Explorer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loss, dead units and fitted functions of ReLU, Leaky ReLU (α = %1) and PReLU (learned α), and the learned α per epoch, by Leaky ReLU Explorer</source>
            <translation>Verlust, tote Einheiten und angepasste Funktionen von ReLU, Leaky ReLU (α = %1) und PReLU (gelerntes α), und das gelernte α pro Epoche, erstellt mit Leaky-ReLU-Explorer</translation>
        </message>
        <message>
            <location line="+21" />
            <source>cannot write '%1': the run has not finished yet</source>
            <translation>'%1' kann nicht geschrieben werden: Der Lauf ist noch nicht beendet</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::ExplorerControls</name>
        <message>
            <location filename="../ui/explorer/explorercontrols.cpp" line="+39" />
            <source>PyTorch torch.nn.LeakyReLU and JAX jax.nn.leaky_relu default</source>
            <translation>Standardwert von PyTorch torch.nn.LeakyReLU und JAX jax.nn.leaky_relu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tutorial's example</source>
            <translation>Das Beispiel des Tutorials</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TensorFlow tf.nn.leaky_relu default</source>
            <translation>Standardwert von TensorFlow tf.nn.leaky_relu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keras 3 keras.layers.LeakyReLU default</source>
            <translation>Standardwert von Keras 3 keras.layers.LeakyReLU</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Alpha</source>
            <translation>Alpha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alpha, the slope of Leaky ReLU for negative x (0 to 1; type into the box for -10 to 10). Space plays a sweep.</source>
            <translation>Alpha, die Steigung von Leaky ReLU für negative x (0 bis 1; im Feld -10 bis 10 eingeben). Leertaste spielt einen Durchlauf ab.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Alpha value</source>
            <translation>Alpha-Wert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alpha, exactly: -10 to 10</source>
            <translation>Alpha, genau: -10 bis 10</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+207" />
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <location line="-207" />
            <source>Play alpha sweep</source>
            <translation>Alpha-Durchlauf abspielen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sweep alpha back and forth over 0 to 1 (Space on the slider)</source>
            <translation>Alpha zwischen 0 und 1 hin und her bewegen (Leertaste auf dem Regler)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sweep period</source>
            <translation>Dauer des Durchlaufs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seconds for one sweep from 0 to 1 and back</source>
            <translation>Sekunden für einen Durchlauf von 0 bis 1 und zurück</translation>
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Alpha (α)</source>
            <translation>A&amp;lpha (α)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Presets</source>
            <translation>Vorgaben</translation>
        </message>
        <message>
            <location line="+3" />
            <source>x minimum</source>
            <translation>x-Minimum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left end of the x range (always below the right end)</source>
            <translation>Linkes Ende des x-Bereichs (immer kleiner als das rechte Ende)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>x maximum</source>
            <translation>x-Maximum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Right end of the x range (always above the left end)</source>
            <translation>Rechtes Ende des x-Bereichs (immer größer als das linke Ende)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;x from</source>
            <translation>&amp;x von</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Gradients</source>
            <translation>&amp;Gradienten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show gradients</source>
            <translation>Gradienten zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the gradient steps of both functions on the chart below</source>
            <translation>Die Gradientenstufen beider Funktionen im Diagramm darunter zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gradient at x = 0</source>
            <translation>Gradient bei x = 0</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which one-sided limit the gradient takes at exactly x = 0</source>
            <translation>Welchen einseitigen Grenzwert der Gradient genau bei x = 0 annimmt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at 0: left limit (PyTorch, TF)</source>
            <translation>bei 0: linksseitiger Grenzwert (PyTorch, TF)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at 0: right limit (JAX)</source>
            <translation>bei 0: rechtsseitiger Grenzwert (JAX)</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Alpha preset %1</source>
            <translation>Alpha-Vorgabe %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>α = %1: %2</source>
            <translation>α = %1: %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <location line="-196" />
            <source>Pin</source>
            <translation>Anheften</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pin this alpha</source>
            <translation>Dieses Alpha anheften</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the current Leaky ReLU on the chart as a reference (P on the slider; up to %1)</source>
            <translation>Das aktuelle Leaky ReLU als Vergleich im Diagramm behalten (P am Schieberegler; bis zu %1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pinned alphas</source>
            <translation>Angeheftete Alphas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove a pinned curve, or clear them all (also on the chart's context menu)</source>
            <translation>Eine angeheftete Kurve entfernen oder alle lösen (auch im Kontextmenü des Diagramms)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+94" />
            <source>Pins</source>
            <translation>Angeheftet</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Remove α = %1</source>
            <translation>α = %1 entfernen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clear Pins</source>
            <translation>Alle lösen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pins (%1)</source>
            <translation>Angeheftet (%1)</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::ExplorerPage</name>
        <message>
            <location filename="../ui/explorer/explorerpage.cpp" line="+46" />
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wheel: zoom x around the cursor · drag: pan · double-click: default view</source>
            <translation>Mausrad: x um den Mauszeiger zoomen · Ziehen: verschieben · Doppelklick: Standardansicht</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note about alpha</source>
            <translation>Hinweis zu Alpha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What the current alpha means</source>
            <translation>Was das aktuelle Alpha bedeutet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Values under the mouse</source>
            <translation>Werte unter der Maus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>x and the functions and gradients at the mouse position</source>
            <translation>x sowie Funktionen und Gradienten an der Mausposition</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Show &amp;Gradients</source>
            <translation>&amp;Gradienten zeigen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+G</source>
            <translation>Ctrl+G</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the gradient chart (Ctrl+G)</source>
            <translation>Das Gradientendiagramm zeigen (Strg+G)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy as C&amp;ode</source>
            <translation>Als C&amp;ode kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the code for this alpha in PyTorch, TensorFlow, Keras, JAX or NumPy on the clipboard</source>
            <translation>Den Code für dieses Alpha in PyTorch, TensorFlow, Keras, JAX oder NumPy in die Zwischenablage legen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Play Alpha Sweep</source>
            <translation>Alpha-Durchlauf &amp;abspielen</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 code for α = %2 copied</source>
            <translation>%1-Code für α = %2 kopiert</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Ex&amp;plorer</source>
            <translation>Ex&amp;plorer</translation>
        </message>
        <message>
            <location line="+173" />
            <source>Export Chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <location line="-255" />
            <source>P&amp;resentation</source>
            <translation>P&amp;räsentation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Large chart and only alpha, presets and pins, full screen (F5; Escape leaves)</source>
            <translation>Großes Diagramm mit nur Alpha, Voreinstellungen und angehefteten Kurven, Vollbild (F5; Escape beendet)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Leave Presentation</source>
            <translation>Präsentation beenden</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::ExportDialog</name>
        <message>
            <location filename="../ui/export/exportdialog.cpp" line="+13" />
            <source>File name</source>
            <translation>Dateiname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The format follows the extension: %1</source>
            <translation>Das Format folgt der Endung: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Browse…</source>
            <translation>Du&amp;rchsuchen …</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose file</source>
            <translation>Datei wählen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the file to write</source>
            <translation>Die zu schreibende Datei wählen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scale</source>
            <translation>Skalierung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2x and 3x give sharp images for slides and high-density screens</source>
            <translation>2x und 3x ergeben scharfe Bilder für Folien und hochauflösende Bildschirme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1x</source>
            <translation>%1x</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Samples</source>
            <translation>Stützstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evenly spaced rows over the x range (x = 0 is added when inside)</source>
            <translation>Gleichmäßig verteilte Zeilen über den x-Bereich (x = 0 kommt hinzu, wenn es darin liegt)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Size:</source>
            <translation>&amp;Größe:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;cale:</source>
            <translation>Ska&amp;lierung:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pixels:</source>
            <translation>Pixel:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV &amp;rows:</source>
            <translation>CSV-&amp;Zeilen:</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::LabCharts</name>
        <message>
            <location filename="../ui/lab/labcharts.cpp" line="+27" />
            <source>Leaky ReLU (α = %1)</source>
            <translation>Leaky ReLU (α = %1)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>PReLU (α per unit, from %1)</source>
            <translation>PReLU (α pro Einheit, ab %1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PReLU (learned α, from %1)</source>
            <translation>PReLU (gelerntes α, ab %1)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Loss per epoch chart</source>
            <translation>Diagramm: Verlust pro Epoche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean squared error on the training data after each epoch, log scale</source>
            <translation>Mittlerer quadratischer Fehler auf den Trainingsdaten nach jeder Epoche, logarithmisch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dead units per epoch chart</source>
            <translation>Diagramm: tote Einheiten pro Epoche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of hidden units whose input is negative or zero for every training point</source>
            <translation>Anteil der verborgenen Einheiten, deren Eingabe für jeden Trainingspunkt negativ oder null ist</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fitted functions chart</source>
            <translation>Diagramm: angepasste Funktionen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The training data and what each network computes at the end</source>
            <translation>Die Trainingsdaten und was jedes Netz am Ende berechnet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learned alpha chart</source>
            <translation>Diagramm: gelerntes Alpha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PReLU network's alpha after each epoch (per unit: their mean, and each unit's at the end) against the explorer's alpha</source>
            <translation>Das Alpha des PReLU-Netzes nach jeder Epoche (pro Einheit: ihr Mittel, und das jeder Einheit am Ende) gegen das Alpha des Explorers</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+6" />
            <location line="+18" />
            <source>epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <location line="-23" />
            <source>loss (log)</source>
            <translation>Verlust (log)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>dead (%)</source>
            <translation>tot (%)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location line="+4" />
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+23" />
            <location line="+84" />
            <source>learned α</source>
            <translation>gelerntes α</translation>
        </message>
        <message>
            <location line="-101" />
            <location line="+2" />
            <location line="+10" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location line="-7" />
            <source>training data</source>
            <translation>Trainingsdaten</translation>
        </message>
        <message>
            <location line="+11" />
            <source>explorer's α</source>
            <translation>α des Explorers</translation>
        </message>
        <message>
            <location line="+4" />
            <source>each unit's α at the end</source>
            <translation>α jeder Einheit am Ende</translation>
        </message>
        <message>
            <location line="+81" />
            <source>mean learned α</source>
            <translation>mittleres gelerntes α</translation>
        </message>
        <message>
            <location line="+1" />
            <source>explorer's α = %1</source>
            <translation>α des Explorers = %1</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::LabControls</name>
        <message>
            <location filename="../ui/lab/labcontrols.cpp" line="+56" />
            <source>Hidden units</source>
            <translation>Verborgene Einheiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hidden units in each network: %1 to %2</source>
            <translation>Verborgene Einheiten in jedem Netz: %1 bis %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step size of full-batch gradient descent: 0.0001 to 1. Too large and the loss blows up.</source>
            <translation>Schrittweite des Gradientenverfahrens über alle Daten: 0,0001 bis 1. Zu groß, und der Verlust explodiert.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initial bias shift</source>
            <translation>Anfängliche Bias-Verschiebung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every hidden bias starts here: -5 to 5. The more negative, the more units start dead.</source>
            <translation>Jeder verborgene Bias beginnt hier: -5 bis 5. Je negativer, desto mehr Einheiten beginnen tot.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gradient steps, each over all training points: %1 to %2</source>
            <translation>Gradientenschritte, jeder über alle Trainingspunkte: %1 bis %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draws the data and the starting weights; the same seed gives the same run</source>
            <translation>Bestimmt die Daten und die Startgewichte; derselbe Startwert ergibt denselben Lauf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ru&amp;n again</source>
            <translation>Erneut &amp;trainieren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Run again</source>
            <translation>Erneut trainieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Train both networks again from the start</source>
            <translation>Beide Netze noch einmal von vorn trainieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Learned alpha network</source>
            <translation>Netz mit gelerntem Alpha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A third network that learns its alpha by gradient descent (PReLU): one alpha for every unit, one per unit, or none</source>
            <translation>Ein drittes Netz, das sein Alpha durch Gradientenabstieg lernt (PReLU): ein Alpha für alle Einheiten, eines pro Einheit oder keines</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one α for all units</source>
            <translation>ein α für alle Einheiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one α per unit</source>
            <translation>ein α pro Einheit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learned alpha starts at</source>
            <translation>Gelerntes Alpha beginnt bei</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the learned alpha starts: the explorer's alpha, or 0.25 as PyTorch's nn.PReLU does</source>
            <translation>Wo das gelernte Alpha beginnt: beim Alpha des Explorers oder bei 0.25 wie PyTorchs nn.PReLU</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the explorer's α</source>
            <translation>dem α des Explorers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0.25 (PyTorch's default)</source>
            <translation>0.25 (PyTorchs Vorgabe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use &amp;learned α</source>
            <translation>Ge&amp;lerntes α nehmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use learned alpha</source>
            <translation>Gelerntes Alpha nehmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the explorer's alpha to where the learned alpha ended (a per-unit network's mean)</source>
            <translation>Das Alpha des Explorers auf das Ende des gelernten Alphas setzen (bei einem Netz mit einem α pro Einheit ihr Mittel)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Hidden &amp;units</source>
            <translation>Verborgene &amp;Einheiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lea&amp;rning rate</source>
            <translation>Lern&amp;rate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bias shift</source>
            <translation>Bias-&amp;Verschiebung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ep&amp;ochs</source>
            <translation>Ep&amp;ochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Seed</source>
            <translation>&amp;Startwert</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Learned α (&amp;PReLU)</source>
            <translation>Gelerntes α (&amp;PReLU)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>star&amp;ting at</source>
            <translation>begi&amp;nnend bei</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::MainWindow</name>
        <message>
            <location filename="../ui/shell/mainwindow.cpp" line="+33" />
            <source>Leaky ReLU Explorer</source>
            <translation>Leaky-ReLU-Explorer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The pages of the app</source>
            <translation>Die Seiten der Anwendung</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save what the page shows as an image, a vector file or data (Ctrl+E)</source>
            <translation>Speichern, was die Seite zeigt: als Bild, Vektordatei oder Daten (Strg+E)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy Image</source>
            <translation>Bild &amp;kopieren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+Shift+C</source>
            <translation>Ctrl+Shift+C</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the page's chart image on the clipboard (Ctrl+Shift+C)</source>
            <translation>Das Diagrammbild der Seite in die Zwischenablage legen (Strg+Umschalt+C)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dark Theme</source>
            <translation>&amp;Dunkles Design</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch between the light and the dark theme (Ctrl+T)</source>
            <translation>Zwischen hellem und dunklem Design wechseln (Strg+T)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Reset</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Return the page's controls and the theme to their defaults (Ctrl+R)</source>
            <translation>Die Bedienelemente der Seite und das Design auf ihre Standardwerte zurücksetzen (Strg+R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About Leaky ReLU Explorer</source>
            <translation>&amp;Über Leaky-ReLU-Explorer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Export Failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Chart image copied</source>
            <translation>Diagrammbild kopiert</translation>
        </message>
        <message>
            <location filename="../ui/shell/aboutbox.cpp" line="+12" />
            <source>About Leaky ReLU Explorer</source>
            <translation>Über Leaky-ReLU-Explorer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Leaky ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;ReLU passes positive inputs through and turns every negative input into 0. Its gradient there is 0 too, so a unit whose input stays negative for every example stops learning for good: it has &lt;i&gt;died&lt;/i&gt;. Leaky ReLU keeps a small slope α for negative inputs, f(x) = x for x &amp;gt; 0 and α·x otherwise, so such a unit still receives a gradient of α and can recover.&lt;/p&gt;&lt;p&gt;Drag α and watch both functions and their gradients change; the kink at 0 is drawn exactly.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Leaky-ReLU-Explorer %1&lt;/h3&gt;&lt;p&gt;ReLU lässt positive Eingaben durch und macht jede negative Eingabe zu 0. Auch sein Gradient ist dort 0, sodass eine Einheit, deren Eingabe für jedes Beispiel negativ bleibt, für immer aufhört zu lernen: Sie ist &lt;i&gt;gestorben&lt;/i&gt;. Leaky ReLU behält für negative Eingaben eine kleine Steigung α, f(x) = x für x &amp;gt; 0 und sonst α·x, sodass eine solche Einheit weiterhin einen Gradienten von α erhält und sich erholen kann.&lt;/p&gt;&lt;p&gt;Ziehen Sie α und sehen Sie, wie sich beide Funktionen und ihre Gradienten ändern; der Knick bei 0 wird exakt gezeichnet.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::SensitivityPage</name>
        <message>
            <location filename="../ui/sensitivity/sensitivitypage.cpp" line="+29" />
            <source>What the sensitivity page shows</source>
            <translation>Was die Seite „Sensitivität“ zeigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How the sweep is run</source>
            <translation>Wie der Durchlauf läuft</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The tutorial says Leaky ReLU is less sensitive to hyperparameters. Here both networks of the lab start from a standard initialization (nothing rigged) and train at each learning rate (or each alpha) from many seeds. Lines are medians over the seeds, bands the middle half; runs whose loss blew up are counted on the right, not drawn as losses. A third network can learn its alpha (PReLU): the last chart shows where it ended.</source>
            <translation>Das Tutorial sagt, Leaky ReLU sei weniger empfindlich für Hyperparameter. Hier beginnen beide Netze des Labors mit einer Standard-Initialisierung (nichts manipuliert) und trainieren bei jeder Lernrate (oder jedem Alpha) mit vielen Startwerten. Linien sind Mediane über die Startwerte, Bänder die mittlere Hälfte; Läufe, deren Verlust explodierte, werden rechts gezählt, nicht als Verluste gezeichnet. Ein drittes Netz kann sein Alpha lernen (PReLU): Das letzte Diagramm zeigt, wo es endete.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sweep summary</source>
            <translation>Zusammenfassung des Durchlaufs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the numbers say, by the rule in the README</source>
            <translation>Was die Zahlen sagen, nach der Regel im README</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The sweep runs when this page is shown.</source>
            <translation>Der Durchlauf startet, wenn diese Seite gezeigt wird.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Sensitivity</source>
            <translation>&amp;Sensitivität</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Export Sensitivity Sweep</source>
            <translation>Sensitivitäts-Durchlauf exportieren</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sensitivity sweep</source>
            <translation>Sensitivitäts-Durchlauf</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::SweepCharts</name>
        <message>
            <location filename="../ui/sensitivity/sweepcharts.cpp" line="+51" />
            <source>Final loss chart</source>
            <translation>Diagramm: Endverlust</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dead units chart</source>
            <translation>Diagramm: tote Einheiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diverged runs chart</source>
            <translation>Diagramm: divergierte Läufe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median final loss over the seeds (line) and the middle half of the seeds (band), log scale; runs that diverged are left out</source>
            <translation>Medianer Endverlust über die Startwerte (Linie) und die mittlere Hälfte der Startwerte (Band), logarithmisch; divergierte Läufe fehlen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median share of hidden units dead at the end (line) and the middle half of the seeds (band)</source>
            <translation>Medianer Anteil toter verborgener Einheiten am Ende (Linie) und die mittlere Hälfte der Startwerte (Band)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many of the seeds diverged (a loss that stopped being finite)</source>
            <translation>Wie viele der Startwerte divergierten (ein Verlust, der nicht mehr endlich war)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>learning rate (log)</source>
            <translation>Lernrate (log)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>alpha</source>
            <translation>Alpha</translation>
        </message>
        <message>
            <location line="+38" />
            <source>final loss (log)</source>
            <translation>Endverlust (log)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>dead (%)</source>
            <translation>tot (%)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>diverged (of %1)</source>
            <translation>divergiert (von %1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Leaky ReLU (α = %1)</source>
            <translation>Leaky ReLU (α = %1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <location line="-50" />
            <location line="+62" />
            <location line="+1" />
            <location line="+1" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ReLU (α = 0)</source>
            <translation>ReLU (α = 0)</translation>
        </message>
        <message>
            <location line="-112" />
            <source>Learned alpha chart</source>
            <translation>Diagramm: gelerntes Alpha</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where the learned alpha (PReLU) ended: median over the seeds that did not diverge (line) and the middle half (band); per unit, each run's mean over the units. The dotted line is where it started</source>
            <translation>Wo das gelernte Alpha (PReLU) endete: Median über die nicht divergierten Startwerte (Linie) und die mittlere Hälfte (Band); pro Einheit der Mittelwert jedes Laufs über die Einheiten. Die gepunktete Linie ist der Start</translation>
        </message>
        <message>
            <location line="+82" />
            <source>final α</source>
            <translation>α am Ende</translation>
        </message>
        <message>
            <location line="+32" />
            <source>PReLU (shared α)</source>
            <translation>PReLU (gemeinsames α)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PReLU (α per unit)</source>
            <translation>PReLU (α pro Einheit)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>learned α</source>
            <translation>gelerntes α</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mean learned α</source>
            <translation>mittleres gelerntes α</translation>
        </message>
        <message>
            <location line="+6" />
            <source>start: the grid's α</source>
            <translation>Start: α des Gitters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>explorer's α = %1</source>
            <translation>α des Explorers = %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>start: α = %1</source>
            <translation>Start: α = %1</translation>
        </message>
    </context>
    <context>
        <name>lre::ui::SweepControls</name>
        <message>
            <location filename="../ui/sensitivity/sweepcontrols.cpp" line="+24" />
            <source>Sweep over</source>
            <translation>Durchlauf über</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sweep the learning rate (both networks) or alpha (at one learning rate)</source>
            <translation>Die Lernrate (beide Netze) oder Alpha (bei einer Lernrate) durchlaufen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>alpha</source>
            <translation>Alpha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seeds</source>
            <translation>Startwerte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Runs a grid point, each from its own data and starting weights: 1 to %1</source>
            <translation>Läufe pro Gitterpunkt, jeder mit eigenen Daten und Startgewichten: 1 bis %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gradient steps of every run: 1 to %1</source>
            <translation>Gradientenschritte jedes Laufs: 1 bis %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initial weights</source>
            <translation>Anfangsgewichte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>He: the standard initialization (He normal, zero biases). Shifted: the lab's, every bias at -2.5</source>
            <translation>He: die Standard-Initialisierung (He-normalverteilt, Biases 0). Shifted: die des Labors, jeder Bias bei -2.5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>He</source>
            <translation>He</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shifted</source>
            <translation>verschoben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The learning rate of an alpha sweep: 0.0001 to 1</source>
            <translation>Die Lernrate eines Alpha-Durchlaufs: 0,0001 bis 1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>R&amp;un</source>
            <translation>S&amp;tarten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Run the sweep</source>
            <translation>Den Durchlauf starten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Run every seed at every grid point again</source>
            <translation>Jeden Startwert an jedem Gitterpunkt noch einmal trainieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel the sweep</source>
            <translation>Den Durchlauf abbrechen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the sweep; the runs done so far stay on the charts</source>
            <translation>Den Durchlauf anhalten; die bisherigen Läufe bleiben in den Diagrammen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sweep progress</source>
            <translation>Fortschritt des Durchlaufs</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Runs done of all</source>
            <translation>Fertige Läufe von allen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%v of %m runs</source>
            <translation>%v von %m Läufen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>S&amp;weep over</source>
            <translation>Durchlau&amp;f über</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See&amp;ds</source>
            <translation>Start&amp;werte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;pochs</source>
            <translation>Ep&amp;ochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Init</source>
            <translation>&amp;Initialisierung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Learning rate</source>
            <translation>&amp;Lernrate</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Learned alpha</source>
            <translation>Gelerntes Alpha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A third network beside the two that learns its alpha (PReLU), starting at the explorer's alpha (in an alpha sweep, at each alpha): one alpha shared by the hidden units, one per unit, or none</source>
            <translation>Ein drittes Netz neben den beiden, das sein Alpha lernt (PReLU), beginnend beim Alpha des Explorers (in einem Alpha-Durchlauf bei jedem Alpha): ein Alpha für alle verborgenen Einheiten, eines pro Einheit oder keines</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PReLU off</source>
            <translation>PReLU aus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PReLU shared</source>
            <translation>PReLU gemeinsam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PReLU per unit</source>
            <translation>PReLU pro Einheit</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/commandline.cpp" line="-159" />
            <source>See Leaky ReLU and ReLU, and their gradients, redraw live as alpha changes.
With --export, write the chart or its data to a file and exit without a window.</source>
            <translation>Leaky ReLU und ReLU samt Gradienten live neu zeichnen, während sich Alpha ändert.
Mit --export das Diagramm oder seine Daten in eine Datei schreiben und ohne Fenster beenden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show this help and exit.</source>
            <translation>Diese Hilfe zeigen und beenden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the version and exit.</source>
            <translation>Die Version zeigen und beenden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Slope for negative x, -10 to 10 (default 0.1).</source>
            <translation>Steigung für negative x, -10 bis 10 (Standard 0.1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Left end of the x range, -1e6 to 1e6 (default -5).</source>
            <translation>Linkes Ende des x-Bereichs, -1e6 bis 1e6 (Standard -5).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Right end of the x range, above x-min by at least 1e-6 (default 5).</source>
            <translation>Rechtes Ende des x-Bereichs, mindestens 1e-6 über x-min (Standard 5).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colour theme: light or dark.</source>
            <translation>Farbschema: light (hell) oder dark (dunkel).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the gradient chart: on or off (default on).</source>
            <translation>Gradientendiagramm zeigen: on oder off (Standard on).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Gradient at exactly x = 0: left (PyTorch, TensorFlow; default) or right (JAX).</source>
            <translation>Gradient genau bei x = 0: left (PyTorch, TensorFlow; Standard) oder right (JAX).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write FILE (.png .jpg .jpeg .svg .pdf .csv) and exit.</source>
            <translation>FILE (.png .jpg .jpeg .svg .pdf .csv) schreiben und beenden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Image size for --export, each side 16 to 8192 (default 1280x800).</source>
            <translation>Bildgröße für --export, jede Seite 16 bis 8192 (Standard 1280x800).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>CSV rows for --export, 2 to 1000000 (default 101).</source>
            <translation>CSV-Zeilen für --export, 2 bis 1000000 (Standard 101).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pixel scale for .png and .jpg exports: 1, 2 or 3, as the Export dialog's scale (default 1).</source>
            <translation>Pixelskalierung für .png- und .jpg-Exporte: 1, 2 oder 3, wie die Skalierung im Exportdialog (Standard 1).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Run the dying-ReLU lab headless (with --alpha) and write one row per epoch to FILE (.csv), then exit.</source>
            <translation>Das Dying-ReLU-Labor ohne Fenster ausführen (mit --alpha), eine Zeile pro Epoche nach FILE (.csv) schreiben und beenden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run the lab headless (with --alpha) and write the whole run to FILE (.json): parameters, data, weights, records; then exit.</source>
            <translation>Das Labor ohne Fenster ausführen (mit --alpha) und den ganzen Lauf nach FILE (.json) schreiben: Parameter, Daten, Gewichte, Verlauf; dann beenden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write the lab's experiment (with --alpha) as a PyTorch script to FILE (.py) that prints the same CSV as --lab-csv; then exit.</source>
            <translation>Das Experiment des Labors (mit --alpha) als PyTorch-Skript nach FILE (.py) schreiben, das dieselbe CSV wie --lab-csv ausgibt; dann beenden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lab: hidden units, 4 to 512 (default 32).</source>
            <translation>Labor: verborgene Einheiten, 4 bis 512 (Standard 32).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lab: learning rate, 1e-4 to 1 (default 0.02).</source>
            <translation>Labor: Lernrate, 1e-4 bis 1 (Standard 0.02).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lab: initial hidden bias, -5 to 5 (default -2.5).</source>
            <translation>Labor: anfänglicher Bias der verborgenen Einheiten, -5 bis 5 (Standard -2.5).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lab: epochs, 1 to 100000 (default 2000).</source>
            <translation>Labor: Epochen, 1 bis 100000 (Standard 2000).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lab: random seed, a whole number from 0 to 999999999 (default 1).</source>
            <translation>Labor: Startwert des Zufalls, eine ganze Zahl von 0 bis 999999999 (Standard 1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start from the defaults, forgetting saved settings.</source>
            <translation>Mit den Standardwerten beginnen und gespeicherte Einstellungen vergessen.</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Pinned alphas, up to 6, each -10 to 10, drawn beside --alpha and written as CSV columns leaky_relu_aA, leaky_relu_grad_aA.</source>
            <translation>Angeheftete Alphas, bis zu 6, je -10 bis 10, neben --alpha gezeichnet und als CSV-Spalten leaky_relu_aA, leaky_relu_grad_aA geschrieben.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presentation mode's larger fonts, lines and markers (with --export: the figure; without: the window opens in it).</source>
            <translation>Die größere Schrift, Linien und Markierungen des Präsentationsmodus (mit --export: für die Grafik; ohne: das Fenster öffnet sich darin).</translation>
        </message>
    </context>
</TS>
